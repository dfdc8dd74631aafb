using FandomBot.Core.Reminders;
using FandomBot.Replay.Export;

namespace FandomBot.Replay;

/// <summary>What one export file (one channel) gave: messages read, reminders, what was skipped and why, any error.</summary>
internal sealed class ChannelReplay(string fileName)
{
    // Counted by decision kind (an array index per message, not a string hash), named when asked for.
    private static readonly int Kinds = (Enum.GetValues<ReminderGate>().Cast<int>().Max() + 1) * 2 + 1;
    private readonly long[] _byKind = new long[Kinds];
    private readonly ReplayDecision?[] _example = new ReplayDecision?[Kinds];
    private readonly List<int> _firstSeen = [];

    /// <summary>The export's path as given.</summary>
    public string FileName { get; } = fileName;

    /// <summary>The channel, once the export's header was read.</summary>
    public ExportChannel? Channel { get; set; }

    public long MessagesRead { get; private set; }

    public long Reminders { get; private set; }

    /// <summary>Messages by what happened to them ("no reminder", "from a bot", "exempt role"…).</summary>
    public IReadOnlyDictionary<string, long> ByOutcome
    {
        get
        {
            var byOutcome = new Dictionary<string, long>(StringComparer.Ordinal);
            // In the order first seen, as the summary lists equal counts in that order.
            foreach (var kind in _firstSeen)
            {
                var label = _example[kind]!.Label;
                byOutcome[label] = byOutcome.GetValueOrDefault(label) + _byKind[kind];
            }

            return byOutcome;
        }
    }

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

        // The label depends on these three things only (see ReplayDecision.Label).
        var kind = decision.IsSystemMessage ? Kinds - 1 : ((int)decision.Gate * 2) + (decision.WouldRemind ? 1 : 0);
        if (_byKind[kind]++ == 0)
        {
            _example[kind] = decision;
            _firstSeen.Add(kind);
        }
    }
}
