using System.Buffers;
using System.IO.Compression;

namespace FandomBot.Discord.Gateway;

/// <summary>
/// Inflates Discord's <c>zlib-stream</c> transport compression. The whole connection is one zlib stream, so one
/// inflater lives as long as the connection; each complete message ends with the sync-flush marker 00 00 FF FF.
/// </summary>
internal sealed class ZlibStreamInflater : IDisposable
{
    private static readonly byte[] SyncFlushSuffix = [0x00, 0x00, 0xFF, 0xFF];

    private readonly FeedStream _input = new();
    private readonly ZLibStream _inflater;
    private readonly byte[] _chunk = new byte[16 * 1024];

    public ZlibStreamInflater() => _inflater = new ZLibStream(_input, CompressionMode.Decompress, leaveOpen: true);

    /// <summary>Whether <paramref name="compressed"/> (everything received since the last complete message) ends a message.</summary>
    public static bool EndsMessage(ReadOnlySpan<byte> compressed) => compressed.EndsWith(SyncFlushSuffix);

    /// <summary>Inflates one complete message into <paramref name="output"/>.</summary>
    public void Inflate(ReadOnlyMemory<byte> compressed, IBufferWriter<byte> output)
    {
        _input.Feed(compressed);
        int read;
        while ((read = _inflater.Read(_chunk)) > 0)
        {
            output.Write(_chunk.AsSpan(0, read));
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _inflater.Dispose();
        _input.Dispose();
    }

    /// <summary>
    /// The inflater's input: hands out what was fed and then reports "nothing more for now" (0) rather than
    /// blocking, which the deflate stream treats as a pause, not as the end of the zlib stream.
    /// </summary>
    private sealed class FeedStream : Stream
    {
        private ReadOnlyMemory<byte> _pending;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public void Feed(ReadOnlyMemory<byte> data) => _pending = data;

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = Math.Min(buffer.Length, _pending.Length);
            _pending.Span[..n].CopyTo(buffer);
            _pending = _pending[n..];
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
