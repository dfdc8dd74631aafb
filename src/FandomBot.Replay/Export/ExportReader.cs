using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace FandomBot.Replay.Export;

/// <summary>
/// Reads a DiscordChatExporter JSON export message by message with <see cref="Utf8JsonReader"/> over a bounded buffer
/// that is refilled from the stream: memory stays at the size of the largest single message, whatever the file's size.
/// A message is parsed straight from the buffer in one pass; when it runs past the buffer's end (about once per
/// refill) the parse is dropped, the buffer refilled, and the message read again from the last complete value, whose
/// reader state is kept. So a message never straddles a refill.
/// After the first message of the array, messages are read by <see cref="ExportMessageScanner"/>, which reads the
/// exporter's plain output several times faster and hands anything unusual back to the token reader: the reader's state
/// between two messages is the same whoever read them, apart from its line count, which is kept here.
/// The hot methods here and in the parsers are compiled fully optimised at once: a replay is one long loop started
/// cold, and on a busy machine tiered compilation left them unoptimised for seconds (3x slower on a 100 MB export).
/// </summary>
internal sealed class ExportReader : IDisposable
{
    /// <summary>The buffer's starting size; it doubles only for a message larger than itself.</summary>
    public const int InitialBufferSize = 256 * 1024;

    /// <summary>No single message of a real export comes near this; a file that needs more is not an export.</summary>
    public const int MaxBufferSize = 64 * 1024 * 1024;

    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 };

    private readonly Stream _stream;
    private readonly ExportAuthorCache _authors;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private long _bufferOffset;
    private bool _endOfStream;
    private bool _started;
    private JsonReaderState _state = new(Options);
    private ExportReadPhase _phase = ExportReadPhase.BeforeRoot;
    private readonly bool _scanMessages;
    private bool _betweenMessages;
    private long _linesScanned;
    private ulong _guildId;
    private string _guildName = string.Empty;

    /// <param name="stream">The export.</param>
    /// <param name="fileName">Its name, for errors.</param>
    /// <param name="authors">Authors read so far, shared by the exports of one replay.</param>
    /// <param name="initialBufferSize">The buffer's starting size.</param>
    /// <param name="scanMessages">Whether messages after the first go through the fast scanner (tests compare both ways).</param>
    public ExportReader(Stream stream, string fileName, ExportAuthorCache authors, int initialBufferSize = InitialBufferSize, bool scanMessages = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(authors);
        _stream = stream;
        _authors = authors;
        _buffer = new byte[Math.Max(16, initialBufferSize)];
        _scanMessages = scanMessages;
        FileName = fileName;
    }

    /// <summary>The export's path as given (named in errors).</summary>
    public string FileName { get; }

    /// <summary>The channel, once its header was read (before the first message).</summary>
    public ExportChannel? Channel { get; private set; }

    /// <summary>Bytes of the file read and understood so far.</summary>
    public long Position => _bufferOffset + _start;

    /// <summary>The file's size, when the stream knows it.</summary>
    public long? Length => _stream.CanSeek ? _stream.Length : null;

    /// <summary>Messages the fast scanner read (the rest went through the token reader).</summary>
    public long MessagesScanned { get; private set; }

    /// <summary>The buffer's current size (for tests of the memory bound).</summary>
    public int BufferSize => _buffer.Length;

    /// <summary>
    /// The next message, or false at the end of the export. Throws <see cref="ExportReadException"/> when the file is
    /// truncated or is not an export; everything returned before that was read correctly.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryReadNext([NotNullWhen(true)] out ExportMessage? message)
    {
        while (true)
        {
            if (Step(out message))
            {
                return message is not null;
            }

            if (_endOfStream)
            {
                throw EndedEarly();
            }

            Refill();
        }
    }

    public void Dispose() => _stream.Dispose();

    /// <summary>Reads values until a message or the end (true), or until the buffer runs dry (false).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Step(out ExportMessage? message)
    {
        if (_betweenMessages)
        {
            switch (ExportMessageScanner.ScanNextInArray(_buffer.AsSpan(_start, _end - _start), _authors, out message, out var consumed, out var lines))
            {
                case ExportScanOutcome.Parsed:
                    // The token reader's state still says "after an element of the array": true again after this one.
                    _start += consumed;
                    _linesScanned += lines;
                    MessagesScanned++;
                    return true;
                case ExportScanOutcome.NeedsMoreData when !_endOfStream:
                    return false;
                default:
                    // Unusual, or the file ends inside the message: the token reader reads it or says what is wrong.
                    break;
            }
        }

        message = null;
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _endOfStream, _state);
        long valueStart = 0;
        try
        {
            while (true)
            {
                valueStart = reader.BytesConsumed;
                switch (_phase)
                {
                    case ExportReadPhase.BeforeRoot:
                        if (!reader.Read())
                        {
                            return false;
                        }

                        valueStart = reader.TokenStartIndex;
                        if (reader.TokenType != JsonTokenType.StartObject)
                        {
                            throw new FormatException("this is not a DiscordChatExporter JSON export (it must be an object with 'guild', 'channel' and 'messages')");
                        }

                        _phase = ExportReadPhase.InRoot;
                        break;

                    case ExportReadPhase.InRoot:
                        if (!reader.Read())
                        {
                            return false;
                        }

                        valueStart = reader.TokenStartIndex;
                        if (reader.TokenType == JsonTokenType.EndObject)
                        {
                            if (Channel is null)
                            {
                                throw new FormatException("the export has no 'channel': this is not a DiscordChatExporter channel export");
                            }

                            _phase = ExportReadPhase.AfterRoot;
                            break;
                        }

                        if (!ReadRootProperty(ref reader))
                        {
                            return false;
                        }

                        break;

                    case ExportReadPhase.InMessages:
                        if (!reader.Read())
                        {
                            return false;
                        }

                        valueStart = reader.TokenStartIndex;
                        if (reader.TokenType == JsonTokenType.EndArray)
                        {
                            _phase = ExportReadPhase.InRoot;
                            _betweenMessages = false;
                            break;
                        }

                        if (reader.TokenType != JsonTokenType.StartObject)
                        {
                            throw new FormatException("each item of 'messages' must be an object");
                        }

                        try
                        {
                            message = ExportMessageParser.Parse(ref reader, _authors);
                        }
                        catch (ExportNeedsMoreData)
                        {
                            message = null;
                            return false;
                        }

                        Commit(ref reader);
                        _betweenMessages = _scanMessages;
                        return true;

                    case ExportReadPhase.AfterRoot:
                        if (!reader.Read())
                        {
                            if (!_endOfStream)
                            {
                                return false;
                            }

                            _phase = ExportReadPhase.Done;
                            Commit(ref reader);
                            return true;
                        }

                        throw new FormatException("there is more data after the export's closing brace");

                    default:
                        return true;
                }

                Commit(ref reader);
            }
        }
        catch (JsonException ex)
        {
            // The failing read may have been deep inside a message (or inside TrySkip's own copy of the reader): a
            // token-by-token pass from the last complete value finds where the bytes go wrong, or that they merely stop.
            var (endsEarly, at, cause) = Diagnose();
            if (_endOfStream && endsEarly)
            {
                throw EndedEarly();
            }

            cause ??= ex;
            var line = cause.LineNumber is { } l ? FormattableString.Invariant($" (line {l + 1 + _linesScanned})") : string.Empty;
            throw new ExportReadException(FileName, Position + at, $"invalid JSON{line}: {FirstSentence(cause.Message)}", ex);
        }
        catch (FormatException ex)
        {
            throw new ExportReadException(FileName, Position + valueStart, ex.Message, ex);
        }
        catch (InvalidOperationException ex)
        {
            // GetString on bytes that are not UTF-8: the reader checks structure, not text encoding.
            throw new ExportReadException(FileName, Position + valueStart, "text that is not valid UTF-8 (the exporter writes UTF-8)", ex);
        }
    }

    /// <summary>One property of the top-level object with its whole value; false when the value is not all in the buffer yet.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadRootProperty(ref Utf8JsonReader reader)
    {
        var isGuild = reader.ValueTextEquals("guild"u8);
        var isChannel = !isGuild && reader.ValueTextEquals("channel"u8);
        var isMessages = !isGuild && !isChannel && reader.ValueTextEquals("messages"u8);
        if (!reader.Read())
        {
            return false;
        }

        if (isMessages)
        {
            if (Channel is null)
            {
                throw new FormatException("'messages' comes before 'channel': the replay needs to know the channel first");
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new FormatException("'messages' must be an array");
            }

            _phase = ExportReadPhase.InMessages;
            return true;
        }

        try
        {
            if (isGuild)
            {
                (_guildId, _guildName) = ExportHeaderParser.ReadGuild(ref reader);
            }
            else if (isChannel)
            {
                Channel = ExportHeaderParser.ReadChannel(ref reader, _guildId, _guildName);
            }
            else
            {
                ExportJson.SkipValue(ref reader);
            }
        }
        catch (ExportNeedsMoreData)
        {
            return false;
        }

        return true;
    }

    private void Commit(ref Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
        reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _endOfStream, _state);
    }

    private void Refill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _bufferOffset += _start;
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxBufferSize)
            {
                throw new ExportReadException(FileName, Position, $"a single value is larger than {MaxBufferSize / (1024 * 1024)} MB; this is not a chat export");
            }

            Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, MaxBufferSize));
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _endOfStream = true;
            return;
        }

        _end += read;
        if (!_started)
        {
            _started = true;
            if (_buffer.AsSpan(0, _end).StartsWith("\uFEFF"u8))
            {
                _start = 3;
            }
        }
    }

    /// <summary>
    /// Reads the rest of the buffer token by token from the last complete value: either it is valid JSON that stops
    /// early (truncated), or the offset of the first bad token and the reader's complaint.
    /// </summary>
    private (bool EndsEarly, long At, JsonException? Cause) Diagnose()
    {
        var probe = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), isFinalBlock: false, _state);
        try
        {
            while (probe.Read())
            {
            }

            return (true, probe.BytesConsumed, null);
        }
        catch (JsonException ex)
        {
            return (false, probe.BytesConsumed, ex);
        }
    }

    private ExportReadException EndedEarly() =>
        new(FileName, Position, FormattableString.Invariant(
            $"the file ends in the middle of the export (truncated?): it is {Position + (_end - _start):N0} bytes long and everything before byte {Position:N0} was read"));

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }
}
