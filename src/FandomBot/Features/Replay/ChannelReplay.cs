using FandomBot.Features.Replay.Export;

namespace FandomBot.Features.Replay;

/// <summary>What one export file (one channel) gave: messages read, reminders, what was skipped and why, any error.</summary>
internal sealed class ChannelReplay(string fileName)
{
    private readonly Dictionary<string, long> _byOutcome = new(StringComparer.Ordinal);

    /// <summary>The export's path as given.</summary>
    public string FileName { get; } = fileName;

    /// <summary>The channel, once the export's header was read.</summary>
    public ExportChannel? Channel { get; set; }

    public long MessagesRead { get; private set; }

    public long Reminders { get; private set; }

    /// <summary>Messages by what happened to them ("no reminder", "from a bot", "exempt role"…).</summary>
    public IReadOnlyDictionary<string, long> ByOutcome => _byOutcome;

    /// <summary>Why the file could not be read to its end, when it could not.</summary>
    public ExportReadException? Error { get; set; }

    /// <summary>The channel as people write it, or the file name before the header was read.</summary>
    public string Label => Channel is { } channel
        ? $"#{channel.ChannelName} ({(channel.GuildName.Length > 0 ? channel.GuildName : "direct messages")})"
        : Path.GetFileName(FileName);

    public void Count(ReplayDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        MessagesRead++;
        if (decision.WouldRemind)
        {
            Reminders++;
        }

        var label = decision.Label;
        _byOutcome[label] = _byOutcome.GetValueOrDefault(label) + 1;
    }
}
