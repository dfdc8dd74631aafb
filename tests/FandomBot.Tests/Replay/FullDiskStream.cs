namespace FandomBot.Tests.Replay;

/// <summary>A file stream on a disk that fills up: writes past <c>room</c> bytes fail as the system's ENOSPC does.</summary>
internal sealed class FullDiskStream(Stream inner, long room) : Stream
{
    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        if (_written + count > room)
        {
            var fits = (int)(room - _written);
            inner.Write(buffer, offset, fits);
            _written = room;
            throw new IOException("No space left on device");
        }

        inner.Write(buffer, offset, count);
        _written += count;
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
