namespace FandomBot.Replay;

/// <summary>
/// Everything a replay found: per channel, the would-be reminders' figures, and how long it took. The reminders
/// themselves went to the sink given to the run (the report); only the few top examples are kept here.
/// </summary>
internal sealed class ReplaySummary(IReadOnlyList<ChannelReplay> channels, ReminderTally reminders, TimeSpan elapsed, bool cancelled)
{
    /// <summary>How many highest-scoring examples the summary shows.</summary>
    public const int ExampleCount = 10;

    /// <summary>One entry per export file, in the order given.</summary>
    public IReadOnlyList<ChannelReplay> Channels { get; } = channels;

    /// <summary>How many would-be reminders there were, over all channels.</summary>
    public long ReminderCount => reminders.Count;

    public TimeSpan Elapsed { get; } = elapsed;

    /// <summary>The moderator stopped the replay (Ctrl+C) before the end.</summary>
    public bool Cancelled { get; } = cancelled;

    public long MessagesRead => Channels.Sum(c => c.MessagesRead);

    public double MessagesPerSecond => Elapsed > TimeSpan.Zero ? MessagesRead / Elapsed.TotalSeconds : 0;

    public IEnumerable<ChannelReplay> Failed => Channels.Where(c => c.Error is not null);

    /// <summary>Reminders per person, most first; equal counts by name.</summary>
    public IReadOnlyList<(string Person, int Count)> ByPerson => reminders.ByPerson;

    /// <summary>Reminders per channel label, most first; equal counts by label.</summary>
    public IReadOnlyList<(string Channel, int Count)> ByChannel => reminders.ByChannel;

    /// <summary>Reminders per UTC day, in date order, days without reminders left out.</summary>
    public IReadOnlyList<(DateOnly Day, int Count)> ByDay => reminders.ByDay;

    /// <summary>The highest scores first; among equal scores, the earliest.</summary>
    public IReadOnlyList<WouldBeReminder> TopExamples => reminders.TopExamples;

    /// <summary>Messages by what happened to them, over all channels.</summary>
    public IReadOnlyList<(string Outcome, long Count)> ByOutcome =>
        [.. Channels.SelectMany(c => c.ByOutcome).GroupBy(p => p.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Sum(p => p.Value))).OrderByDescending(p => p.Item2).ThenBy(p => p.Key, StringComparer.Ordinal)];
}
