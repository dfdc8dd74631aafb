using FandomBot.Replay.Export;

namespace FandomBot.Replay;

/// <summary>One export being read: its reader, what it gave so far, and the next message waiting its turn.</summary>
internal sealed class ExportSource(int index, ExportReader reader, ChannelReplay replay) : IDisposable
{
    public int Index { get; } = index;

    public ExportReader Reader { get; } = reader;

    public ChannelReplay Replay { get; } = replay;

    /// <summary>The next message of this export in time order, or null when it has none left.</summary>
    public ExportMessage? Next { get; private set; }

    /// <summary>Reads the next message; false at the end or at an error (recorded in <see cref="Replay"/>).</summary>
    public bool Advance()
    {
        try
        {
            var more = Reader.TryReadNext(out var message);
            Replay.Channel ??= Reader.Channel;
            Next = message;
            return more;
        }
        catch (ExportReadException ex)
        {
            return Stop(ex);
        }
        catch (IOException ex)
        {
            // The system failed to read the file part-way (a disk error, a network share gone): this export stops alone.
            return Stop(new ExportReadException(Reader.FileName, Reader.Position, $"the file could not be read further ({ex.Message.TrimEnd('.')})", ex));
        }
    }

    /// <summary>Records an export that could not be opened: it gives no message and its error is reported with the others.</summary>
    public void Unreadable(ExportReadException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        Replay.Error = error;
        Next = null;
    }

    private bool Stop(ExportReadException error)
    {
        Replay.Channel ??= Reader.Channel;
        Replay.Error = error;
        Next = null;
        return false;
    }

    public void Dispose() => Reader.Dispose();
}
