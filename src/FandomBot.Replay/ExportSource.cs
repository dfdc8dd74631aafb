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
            Replay.Channel ??= Reader.Channel;
            Replay.Error = ex;
            Next = null;
            return false;
        }
    }

    public void Dispose() => Reader.Dispose();
}
