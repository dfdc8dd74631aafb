using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace FandomBot.Features.Replay.Export;

/// <summary>
/// Reads the next message of the <c>messages</c> array straight from the bytes, for the common case: the exporter's
/// own output. Why not <see cref="Utf8JsonReader"/> all the way: on an indented export it spent a third of the replay
/// tokenising what the replay throws away (the author block repeated on every message, avatars, attachments,
/// reactions), keeping line and column counts for every token. This scanner checks the same grammar (strict JSON: no
/// comments, no trailing commas, valid escapes, no raw control characters, literal and number syntax) with a plain loop
/// over the bytes and a vectorised search inside strings, and builds the same <see cref="ExportMessage"/> as
/// <see cref="ExportMessageParser"/>. Whenever the bytes are anything but plain (an error, a missing field, an escaped
/// property name, an id written as a number, text that is not UTF-8, the array's end) it gives up with
/// <see cref="ExportScanOutcome.Unusual"/> and leaves the message to the token reader, which reads it or reports exactly
/// what is wrong where: so the scanner decides nothing the token reader would decide differently.
/// </summary>
internal ref struct ExportMessageScanner
{
    /// <summary>Nesting the scanner follows inside a skipped value; deeper is left to the token reader's own limit.</summary>
    private const int MaxSkipDepth = 48;

    /// <summary>What ends a run of plain string bytes: the closing quote, an escape, or a control character (invalid).</summary>
    private static readonly SearchValues<byte> StringStops = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"u8);

    private readonly ReadOnlySpan<byte> _data;
    private int _pos;
    private int _lines;
    private ExportScanOutcome _failure;

    private ExportMessageScanner(ReadOnlySpan<byte> data)
    {
        _data = data;
        _failure = ExportScanOutcome.Unusual;
    }

    /// <summary>
    /// Reads <c>, { …message… }</c> from the start of <paramref name="data"/> (the reader's position after the previous
    /// message of the array).
    /// </summary>
    /// <param name="data">The unread bytes of the buffer.</param>
    /// <param name="authors">Authors read so far: a known author's block is skipped.</param>
    /// <param name="message">The message, when <see cref="ExportScanOutcome.Parsed"/>.</param>
    /// <param name="consumed">Bytes read, up to and including the message's closing brace.</param>
    /// <param name="lines">Line breaks among those bytes (the token reader counts lines for its error messages).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ExportScanOutcome ScanNextInArray(ReadOnlySpan<byte> data, ExportAuthorCache authors, out ExportMessage? message, out int consumed, out int lines)
    {
        var scanner = new ExportMessageScanner(data);
        message = null;
        consumed = 0;
        lines = 0;
        if (!scanner.Expect((byte)',') || !scanner.Expect((byte)'{') || !scanner.ReadMessage(authors, out message))
        {
            message = null;
            return scanner._failure;
        }

        consumed = scanner._pos;
        lines = scanner._lines;
        return ExportScanOutcome.Parsed;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadMessage(ExportAuthorCache authors, out ExportMessage? message)
    {
        message = null;
        ulong id = 0;
        var hasId = false;
        var type = "Default";
        DateTimeOffset timestamp = default;
        var hasTimestamp = false;
        DateTimeOffset? editedAt = null;
        string? content = null;
        ExportAuthor? author = null;
        IReadOnlyList<ExportMention> mentions = [];
        ulong? replyTo = null;

        if (!FirstMember(out var more))
        {
            return false;
        }

        while (more)
        {
            if (!ReadName(out var name))
            {
                return false;
            }

            var read = name.Length switch
            {
                2 when name.SequenceEqual("id"u8) => hasId = ReadId(out id),
                4 when name.SequenceEqual("type"u8) => ReadType(out type),
                6 when name.SequenceEqual("author"u8) => ReadAuthor(authors, out author),
                7 when name.SequenceEqual("content"u8) => ReadOptionalString(out content),
                8 when name.SequenceEqual("mentions"u8) => ReadMentions(out mentions),
                9 when name.SequenceEqual("timestamp"u8) => hasTimestamp = ReadTimestamp(out timestamp),
                9 when name.SequenceEqual("reference"u8) => ReadReference(out replyTo),
                15 when name.SequenceEqual("timestampEdited"u8) => ReadOptionalTimestamp(out editedAt),
                _ => SkipValue(),
            };
            if (!read || !NextMember(out more))
            {
                return false;
            }
        }

        // A missing field: the token reader names it.
        if (!hasId || !hasTimestamp || author is null)
        {
            return Unusual();
        }

        message = new ExportMessage(id, type, timestamp, editedAt, content ?? string.Empty, author, mentions, replyTo);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadAuthor(ExportAuthorCache authors, out ExportAuthor? author)
    {
        author = null;
        if (!Expect((byte)'{') || !FirstMember(out var more))
        {
            return false;
        }

        ulong id = 0;
        var hasId = false;
        string? name = null;
        string? nickname = null;
        var isBot = false;
        List<ulong>? roles = null;
        while (more)
        {
            if (!ReadName(out var field))
            {
                return false;
            }

            bool read;
            if (field.SequenceEqual("id"u8))
            {
                read = hasId = ReadId(out id);

                // The exporter writes the author as of export time, identical on every message: read it once.
                if (read && authors.TryGet(id, out var known))
                {
                    if (!SkipRestOfObject())
                    {
                        return false;
                    }

                    author = known;
                    return true;
                }
            }
            else if (field.SequenceEqual("name"u8))
            {
                read = ReadOptionalString(out name);
            }
            else if (field.SequenceEqual("nickname"u8))
            {
                read = ReadOptionalString(out nickname);
            }
            else if (field.SequenceEqual("isBot"u8))
            {
                read = ReadFlag(out isBot);
            }
            else if (field.SequenceEqual("roles"u8))
            {
                read = ReadIdsOfObjects(out roles);
            }
            else
            {
                read = SkipValue();
            }

            if (!read || !NextMember(out more))
            {
                return false;
            }
        }

        if (!hasId)
        {
            return Unusual();
        }

        author = new ExportAuthor(id, name ?? string.Empty, nickname, isBot, roles is null ? [] : roles.ToArray());
        authors.Add(author);
        return true;
    }

    /// <summary>The mentions; most messages have none, and then no list is allocated.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadMentions(out IReadOnlyList<ExportMention> mentions)
    {
        mentions = Array.Empty<ExportMention>();
        if (!Peek(out var first))
        {
            return false;
        }

        if (first == (byte)'n')
        {
            return ReadNull();
        }

        if (!Expect((byte)'[') || !FirstElement(out var more))
        {
            return false;
        }

        List<ExportMention>? list = null;
        while (more)
        {
            if (!Expect((byte)'{') || !FirstMember(out var moreFields))
            {
                return false;
            }

            ulong id = 0;
            var hasId = false;
            string? name = null;
            string? nickname = null;
            while (moreFields)
            {
                if (!ReadName(out var field))
                {
                    return false;
                }

                var read = field.SequenceEqual("id"u8) ? hasId = ReadId(out id)
                    : field.SequenceEqual("name"u8) ? ReadOptionalString(out name)
                    : field.SequenceEqual("nickname"u8) ? ReadOptionalString(out nickname)
                    : SkipValue();
                if (!read || !NextMember(out moreFields))
                {
                    return false;
                }
            }

            if (hasId)
            {
                (list ??= []).Add(new ExportMention(id, name, nickname));
            }

            if (!NextElement(out more))
            {
                return false;
            }
        }

        mentions = list is null ? Array.Empty<ExportMention>() : list;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadReference(out ulong? messageId)
    {
        messageId = null;
        if (!Peek(out var first))
        {
            return false;
        }

        if (first == (byte)'n')
        {
            return ReadNull();
        }

        if (!Expect((byte)'{') || !FirstMember(out var more))
        {
            return false;
        }

        while (more)
        {
            if (!ReadName(out var field))
            {
                return false;
            }

            bool read;
            if (field.SequenceEqual("messageId"u8))
            {
                if (!Peek(out var b))
                {
                    return false;
                }

                if (b == (byte)'n')
                {
                    messageId = null;
                    read = ReadNull();
                }
                else
                {
                    read = ReadId(out var id);
                    messageId = id;
                }
            }
            else
            {
                read = SkipValue();
            }

            if (!read || !NextMember(out more))
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadIdsOfObjects(out List<ulong>? ids)
    {
        ids = null;
        if (!Peek(out var first))
        {
            return false;
        }

        if (first == (byte)'n')
        {
            ids = [];
            return ReadNull();
        }

        if (!Expect((byte)'[') || !FirstElement(out var more))
        {
            return false;
        }

        ids = [];
        while (more)
        {
            if (!Expect((byte)'{') || !FirstMember(out var moreFields))
            {
                return false;
            }

            while (moreFields)
            {
                if (!ReadName(out var field))
                {
                    return false;
                }

                bool read;
                if (field.SequenceEqual("id"u8))
                {
                    read = ReadId(out var id);
                    ids.Add(id);
                }
                else
                {
                    read = SkipValue();
                }

                if (!read || !NextMember(out moreFields))
                {
                    return false;
                }
            }

            if (!NextElement(out more))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The message kind: the common ones come back as shared strings.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadType(out string type)
    {
        type = "Default";
        if (!ReadString(out var raw, out var escaped))
        {
            return false;
        }

        if (!escaped)
        {
            if (raw.SequenceEqual("Default"u8))
            {
                return true;
            }

            if (raw.SequenceEqual("Reply"u8))
            {
                type = "Reply";
                return true;
            }
        }

        if (!Decode(raw, escaped, out var text))
        {
            return false;
        }

        type = text switch
        {
            "Default" => "Default",
            "Reply" => "Reply",
            _ => text,
        };
        return true;
    }

    /// <summary>A snowflake written as a string of digits, the exporter's way (anything else goes to the token reader).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadId(out ulong id)
    {
        id = 0;
        if (!ReadString(out var raw, out var escaped))
        {
            return false;
        }

        if (escaped || raw.Length is 0 or > 20)
        {
            return Unusual();
        }

        ulong value = 0;
        foreach (var b in raw)
        {
            var digit = (uint)(b - '0');
            if (digit > 9 || value > (ulong.MaxValue - digit) / 10)
            {
                return Unusual();
            }

            value = (value * 10) + digit;
        }

        id = value;
        return true;
    }

    /// <summary>
    /// A timestamp: the token reader's own ISO 8601 parsing, run on this one string, so both read the same instant from
    /// the same bytes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadTimestamp(out DateTimeOffset timestamp)
    {
        timestamp = default;
        if (!Peek(out _))
        {
            return false;
        }

        var start = _pos;
        if (!ReadString(out _, out _))
        {
            return false;
        }

        var token = new Utf8JsonReader(_data[start.._pos]);
        return (token.Read() && token.TryGetDateTimeOffset(out timestamp)) || Unusual();
    }

    private bool ReadOptionalTimestamp(out DateTimeOffset? timestamp)
    {
        timestamp = null;
        if (!Peek(out var first))
        {
            return false;
        }

        if (first == (byte)'n')
        {
            return ReadNull();
        }

        if (!ReadTimestamp(out var value))
        {
            return false;
        }

        timestamp = value;
        return true;
    }

    /// <summary>A string or null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadOptionalString(out string? value)
    {
        value = null;
        if (!Peek(out var first))
        {
            return false;
        }

        if (first == (byte)'n')
        {
            return ReadNull();
        }

        return ReadString(out var raw, out var escaped) && Decode(raw, escaped, out value);
    }

    /// <summary>
    /// <c>isBot</c>: the token parser counts only <c>true</c> as a bot; any other literal is not one. A value of another
    /// kind goes to the token reader.
    /// </summary>
    private bool ReadFlag(out bool value)
    {
        value = false;
        if (!Peek(out var first))
        {
            return false;
        }

        switch (first)
        {
            case (byte)'t':
                value = true;
                return ReadLiteral("true"u8);
            case (byte)'f':
                return ReadLiteral("false"u8);
            case (byte)'n':
                return ReadNull();
            default:
                return Unusual();
        }
    }

    /// <summary>
    /// Text for a string's bytes: plain UTF-8 straight away; with escapes, the token reader's own unescaping on this one
    /// string. Bytes that are not UTF-8 (or escapes that are not UTF-16) go to the token reader, which reports them.
    /// </summary>
    private bool Decode(ReadOnlySpan<byte> raw, bool escaped, [NotNullWhen(true)] out string? text)
    {
        text = null;
        if (!escaped)
        {
            if (!Utf8.IsValid(raw))
            {
                return Unusual();
            }

            text = raw.IsEmpty ? string.Empty : Encoding.UTF8.GetString(raw);
            return true;
        }

        // raw sits between its quotes in _data: read the whole token.
        var start = _pos - raw.Length - 2;
        var token = new Utf8JsonReader(_data.Slice(start, raw.Length + 2));
        try
        {
            if (token.Read() && token.GetString() is { } decoded)
            {
                text = decoded;
                return true;
            }
        }
        catch (InvalidOperationException)
        {
        }

        return Unusual();
    }

    // ---- grammar -------------------------------------------------------------------------------------------------

    /// <summary>After <c>{</c>: whether a member follows (false for <c>{}</c>, the brace consumed).</summary>
    private bool FirstMember(out bool more)
    {
        more = false;
        if (!Peek(out var b))
        {
            return false;
        }

        if (b == (byte)'}')
        {
            _pos++;
            return true;
        }

        more = true;
        return true;
    }

    /// <summary>After a member's value: <c>,</c> (another member follows) or <c>}</c> (the object ends).</summary>
    private bool NextMember(out bool more)
    {
        more = false;
        if (!Peek(out var b))
        {
            return false;
        }

        _pos++;
        if (b == (byte)',')
        {
            more = true;
            return true;
        }

        return b == (byte)'}' || Unusual();
    }

    /// <summary>After <c>[</c>: whether an element follows (false for <c>[]</c>, the bracket consumed).</summary>
    private bool FirstElement(out bool more)
    {
        more = false;
        if (!Peek(out var b))
        {
            return false;
        }

        if (b == (byte)']')
        {
            _pos++;
            return true;
        }

        more = true;
        return true;
    }

    /// <summary>After an element: <c>,</c> (another follows) or <c>]</c> (the array ends).</summary>
    private bool NextElement(out bool more)
    {
        more = false;
        if (!Peek(out var b))
        {
            return false;
        }

        _pos++;
        if (b == (byte)',')
        {
            more = true;
            return true;
        }

        return b == (byte)']' || Unusual();
    }

    /// <summary>A property name without escapes, then its colon; the position is then at its value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadName(out ReadOnlySpan<byte> name)
    {
        name = default;
        if (!ReadString(out name, out var escaped))
        {
            return false;
        }

        if (escaped)
        {
            return Unusual();
        }

        return Expect((byte)':') && Peek(out _);
    }

    /// <summary>
    /// A string token (whitespace before it skipped): its bytes between the quotes and whether it has escapes. Checks
    /// what the token reader checks: escapes are valid, no raw control characters.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ReadString(out ReadOnlySpan<byte> raw, out bool escaped)
    {
        raw = default;
        escaped = false;
        if (!Expect((byte)'"'))
        {
            return false;
        }

        var start = _pos;
        var pos = start;
        while (true)
        {
            var stop = _data[pos..].IndexOfAny(StringStops);
            if (stop < 0)
            {
                return NeedsMoreData();
            }

            pos += stop;
            var b = _data[pos];
            if (b == (byte)'"')
            {
                raw = _data[start..pos];
                _pos = pos + 1;
                return true;
            }

            if (b != (byte)'\\')
            {
                return Unusual(); // a raw control character
            }

            escaped = true;
            if (pos + 1 >= _data.Length)
            {
                return NeedsMoreData();
            }

            switch (_data[pos + 1])
            {
                case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                    pos += 2;
                    break;
                case (byte)'u':
                    if (pos + 6 > _data.Length)
                    {
                        return NeedsMoreData();
                    }

                    for (var i = pos + 2; i < pos + 6; i++)
                    {
                        if (!char.IsAsciiHexDigit((char)_data[i]))
                        {
                            return Unusual();
                        }
                    }

                    pos += 6;
                    break;
                default:
                    return Unusual();
            }
        }
    }

    /// <summary>Skips the rest of an object whose members are being read (after a member's value).</summary>
    private bool SkipRestOfObject()
    {
        if (!NextMember(out var more))
        {
            return false;
        }

        while (more)
        {
            if (!ReadName(out _) || !SkipValue() || !NextMember(out more))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Skips one value of any kind, checking its grammar, without building anything.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool SkipValue()
    {
        // One bit per open container: 1 for an object, 0 for an array.
        ulong objects = 0;
        var depth = 0;
        while (true)
        {
            // A value starts here.
            if (!Peek(out var b))
            {
                return false;
            }

            switch (b)
            {
                case (byte)'"':
                    if (!ReadString(out _, out _))
                    {
                        return false;
                    }

                    break;
                case (byte)'{' or (byte)'[':
                    if (++depth > MaxSkipDepth)
                    {
                        return Unusual();
                    }

                    _pos++;
                    var isObject = b == (byte)'{';
                    objects = (objects << 1) | (isObject ? 1UL : 0UL);
                    if (!Peek(out var next))
                    {
                        return false;
                    }

                    if (next == (isObject ? (byte)'}' : (byte)']'))
                    {
                        _pos++;
                        depth--;
                        objects >>= 1;
                        break;
                    }

                    if (isObject && !ReadName(out _))
                    {
                        return false;
                    }

                    continue;
                case (byte)'t':
                    if (!ReadLiteral("true"u8))
                    {
                        return false;
                    }

                    break;
                case (byte)'f':
                    if (!ReadLiteral("false"u8))
                    {
                        return false;
                    }

                    break;
                case (byte)'n':
                    if (!ReadNull())
                    {
                        return false;
                    }

                    break;
                case (byte)'-' or (>= (byte)'0' and <= (byte)'9'):
                    if (!ReadNumber())
                    {
                        return false;
                    }

                    break;
                default:
                    return Unusual();
            }

            // A value ended: close every container it completes, or move to the next member or element.
            while (true)
            {
                if (depth == 0)
                {
                    return true;
                }

                if (!Peek(out var after))
                {
                    return false;
                }

                _pos++;
                var inObject = (objects & 1) != 0;
                if (after == (byte)',')
                {
                    if (inObject && !ReadName(out _))
                    {
                        return false;
                    }

                    break;
                }

                if (after != (inObject ? (byte)'}' : (byte)']'))
                {
                    return Unusual();
                }

                depth--;
                objects >>= 1;
            }
        }
    }

    private bool ReadNull() => ReadLiteral("null"u8);

    /// <summary><c>true</c>, <c>false</c> or <c>null</c>, which must end where a value may end.</summary>
    private bool ReadLiteral(ReadOnlySpan<byte> literal)
    {
        if (!Peek(out _))
        {
            return false;
        }

        var rest = _data[_pos..];
        var common = Math.Min(rest.Length, literal.Length);
        if (!rest[..common].SequenceEqual(literal[..common]))
        {
            return Unusual();
        }

        if (common < literal.Length)
        {
            return NeedsMoreData();
        }

        _pos += literal.Length;
        return EndsValue();
    }

    /// <summary>A JSON number: <c>-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?</c>, then a delimiter.</summary>
    private bool ReadNumber()
    {
        var data = _data;
        var pos = _pos;
        if (pos < data.Length && data[pos] == (byte)'-')
        {
            pos++;
        }

        if (pos >= data.Length)
        {
            return NeedsMoreData();
        }

        if (data[pos] == (byte)'0')
        {
            pos++;
        }
        else if (!Digits(data, ref pos, out var incomplete))
        {
            return incomplete ? NeedsMoreData() : Unusual();
        }

        if (pos < data.Length && data[pos] == (byte)'.')
        {
            pos++;
            if (!Digits(data, ref pos, out var incomplete))
            {
                return incomplete ? NeedsMoreData() : Unusual();
            }
        }

        if (pos < data.Length && (data[pos] | 0x20) == (byte)'e')
        {
            pos++;
            if (pos < data.Length && data[pos] is (byte)'+' or (byte)'-')
            {
                pos++;
            }

            if (!Digits(data, ref pos, out var incomplete))
            {
                return incomplete ? NeedsMoreData() : Unusual();
            }
        }

        _pos = pos;
        return EndsValue();

        static bool Digits(ReadOnlySpan<byte> data, ref int pos, out bool incomplete)
        {
            var start = pos;
            while (pos < data.Length && char.IsAsciiDigit((char)data[pos]))
            {
                pos++;
            }

            incomplete = pos == data.Length;
            return pos > start && !incomplete;
        }
    }

    /// <summary>After a literal or a number: the next byte must be whitespace, a comma or a closing bracket.</summary>
    private bool EndsValue()
    {
        if (_pos >= _data.Length)
        {
            return NeedsMoreData();
        }

        return _data[_pos] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)',' or (byte)'}' or (byte)']' || Unusual();
    }

    /// <summary>Skips whitespace and consumes <paramref name="expected"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Expect(byte expected)
    {
        if (!Peek(out var b))
        {
            return false;
        }

        if (b != expected)
        {
            return Unusual();
        }

        _pos++;
        return true;
    }

    /// <summary>Skips whitespace (counting line breaks) and looks at the next byte.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Peek(out byte next)
    {
        var data = _data;
        var pos = _pos;
        while ((uint)pos < (uint)data.Length)
        {
            var b = data[pos];
            if (b > (byte)' ')
            {
                _pos = pos;
                next = b;
                return true;
            }

            if (b == (byte)'\n')
            {
                _lines++;
            }
            else if (b is not ((byte)' ' or (byte)'\r' or (byte)'\t'))
            {
                _pos = pos;
                next = b;
                return true;
            }

            pos++;
        }

        _pos = pos;
        next = 0;
        return NeedsMoreData();
    }

    private bool NeedsMoreData()
    {
        _failure = ExportScanOutcome.NeedsMoreData;
        return false;
    }

    private bool Unusual()
    {
        _failure = ExportScanOutcome.Unusual;
        return false;
    }
}
