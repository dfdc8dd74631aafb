namespace FandomBot.Features.Replay;

/// <summary>Everything a replay found: per channel, the would-be reminders, and how long it took.</summary>
internal sealed class ReplaySummary(IReadOnlyList<ChannelReplay> channels, IReadOnlyList<WouldBeReminder> reminders, TimeSpan elapsed, bool cancelled)
{
    /// <summary>How many highest-scoring examples the summary shows.</summary>
    public const int ExampleCount = 10;

    /// <summary>One entry per export file, in the order given.</summary>
    public IReadOnlyList<ChannelReplay> Channels { get; } = channels;

    /// <summary>Every would-be reminder, in time order.</summary>
    public IReadOnlyList<WouldBeReminder> Reminders { get; } = reminders;

    public TimeSpan Elapsed { get; } = elapsed;

    /// <summary>The moderator stopped the replay (Ctrl+C) before the end.</summary>
    public bool Cancelled { get; } = cancelled;

    public long MessagesRead => Channels.Sum(c => c.MessagesRead);

    public double MessagesPerSecond => Elapsed > TimeSpan.Zero ? MessagesRead / Elapsed.TotalSeconds : 0;

    public IEnumerable<ChannelReplay> Failed => Channels.Where(c => c.Error is not null);

    public IReadOnlyList<(string Person, int Count)> ByPerson => Group(r => r.PersonLabel);

    public IReadOnlyList<(string Channel, int Count)> ByChannel => Group(r => r.ChannelLabel);

    /// <summary>Reminders per UTC day, in date order, days without reminders left out.</summary>
    public IReadOnlyList<(DateOnly Day, int Count)> ByDay =>
        [.. Reminders.GroupBy(r => r.Day).OrderBy(g => g.Key).Select(g => (g.Key, g.Count()))];

    /// <summary>The highest scores first; among equal scores, the earliest.</summary>
    public IReadOnlyList<WouldBeReminder> TopExamples =>
        [.. Reminders.OrderByDescending(r => r.Verdict.Score).ThenBy(r => r.Message.Timestamp).Take(ExampleCount)];

    /// <summary>Messages by what happened to them, over all channels.</summary>
    public IReadOnlyList<(string Outcome, long Count)> ByOutcome =>
        [.. Channels.SelectMany(c => c.ByOutcome).GroupBy(p => p.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Sum(p => p.Value))).OrderByDescending(p => p.Item2).ThenBy(p => p.Key, StringComparer.Ordinal)];

    private List<(string, int)> Group(Func<WouldBeReminder, string> key) =>
        [.. Reminders.GroupBy(key, StringComparer.Ordinal).Select(g => (g.Key, g.Count()))
            .OrderByDescending(p => p.Item2).ThenBy(p => p.Item1, StringComparer.Ordinal)];
}
