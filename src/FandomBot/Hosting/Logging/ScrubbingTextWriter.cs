using System.Text;

namespace FandomBot.Hosting.Logging;

/// <summary>
/// Standard error with every known secret masked: whatever reaches it (a start-up error line, a library's own
/// message, an exception printed by a command) is passed through the same scrubber as the log. Written a line at a
/// time, so a secret is never split between two writes.
/// </summary>
internal sealed class ScrubbingTextWriter(TextWriter inner, SecretScrubbingEnricher scrubber) : TextWriter
{
    private readonly StringBuilder _line = new();
    private readonly Lock _lock = new();

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        lock (_lock)
        {
            _line.Append(value);
            if (value == '\n')
            {
                FlushLine();
            }
        }
    }

    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        lock (_lock)
        {
            _line.Append(value);
            if (value.Contains('\n', StringComparison.Ordinal))
            {
                FlushLine();
            }
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Flush()
    {
        lock (_lock)
        {
            FlushLine();
            inner.Flush();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    private void FlushLine()
    {
        if (_line.Length == 0)
        {
            return;
        }

        inner.Write(scrubber.MaskText(_line.ToString()));
        _line.Clear();
        inner.Flush();
    }
}
