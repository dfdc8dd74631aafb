using System.Runtime.InteropServices;

namespace FandomBot.Replay;

/// <summary>
/// The summary's figures, counted as the reminders go by instead of from a list of them: the total, counts by person,
/// channel and UTC day, and the highest-scoring examples (a heap of at most <see cref="ReplaySummary.ExampleCount"/>).
/// Memory grows with the number of people, channels and days, not with the number of reminders.
/// </summary>
internal sealed class ReminderTally : IReminderSink
{
    private readonly Dictionary<string, int> _byPerson = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byChannel = new(StringComparer.Ordinal);
    private readonly Dictionary<DateOnly, int> _byDay = [];

    // The root is the weakest example kept, so a better one replaces it in O(log n).
    private readonly PriorityQueue<WouldBeReminder, ExampleRank> _top = new(ReplaySummary.ExampleCount + 1, ExampleRank.WeakestFirst);

    /// <summary>How many reminders were counted.</summary>
    public long Count { get; private set; }

    /// <summary>Most reminders first; equal counts by name (ordinal).</summary>
    public IReadOnlyList<(string Key, int Count)> ByPerson => Sorted(_byPerson);

    /// <summary>Most reminders first; equal counts by label (ordinal).</summary>
    public IReadOnlyList<(string Key, int Count)> ByChannel => Sorted(_byChannel);

    /// <summary>In date order, days without reminders left out.</summary>
    public IReadOnlyList<(DateOnly Day, int Count)> ByDay => [.. _byDay.OrderBy(p => p.Key).Select(p => (p.Key, p.Value))];

    /// <summary>The highest scores first; among equal scores the earliest; among equal times the first handed over.</summary>
    public IReadOnlyList<WouldBeReminder> TopExamples =>
        [.. _top.UnorderedItems.OrderByDescending(p => p.Priority, ExampleRank.WeakestFirst).Select(p => p.Element)];

    public void Add(WouldBeReminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        CollectionsMarshal.GetValueRefOrAddDefault(_byPerson, reminder.PersonLabel, out _)++;
        CollectionsMarshal.GetValueRefOrAddDefault(_byChannel, reminder.ChannelLabel, out _)++;
        CollectionsMarshal.GetValueRefOrAddDefault(_byDay, reminder.Day, out _)++;

        // Count is the order of arrival: among equal scores and times, the first one handed over ranks higher.
        var rank = new ExampleRank(reminder.Verdict.Score, reminder.Message.Timestamp, Count);
        Count++;
        if (_top.Count < ReplaySummary.ExampleCount)
        {
            _top.Enqueue(reminder, rank);
        }
        else if (_top.TryPeek(out _, out var weakest) && ExampleRank.WeakestFirst.Compare(rank, weakest) > 0)
        {
            _top.DequeueEnqueue(reminder, rank);
        }
    }

    private static List<(string, int)> Sorted(Dictionary<string, int> counts) =>
        [.. counts.Select(p => (p.Key, p.Value)).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)];

    /// <summary>How an example ranks: by score, then the earlier, then the first handed over.</summary>
    private readonly record struct ExampleRank(double Score, DateTimeOffset Timestamp, long Arrival)
    {
        /// <summary>Orders the weakest first: lower score, then later time, then later arrival.</summary>
        public static readonly Comparer<ExampleRank> WeakestFirst = Comparer<ExampleRank>.Create(static (a, b) =>
        {
            var byScore = a.Score.CompareTo(b.Score);
            if (byScore != 0)
            {
                return byScore;
            }

            var byTime = b.Timestamp.CompareTo(a.Timestamp);
            return byTime != 0 ? byTime : b.Arrival.CompareTo(a.Arrival);
        });
    }
}
