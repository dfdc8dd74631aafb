using FandomBot.Replay;
using FandomBot.Replay.Export;
using Xunit;

namespace FandomBot.Tests.Replay;

/// <summary>The summary's figures, counted as the reminders go by, are those the whole list would have given.</summary>
public sealed class ReminderTallyTests
{
    private static readonly ExportChannel General = new(100, "Fan Server", 200, "general", "GuildTextChat", null);
    private static readonly ExportChannel Random = new(100, "Fan Server", 201, "random", "GuildTextChat", null);

    private static List<WouldBeReminder> Reminders(int count, int seed)
    {
        var random = new Random(seed);
        string[] people = ["Harry Styles", "Jungkook", "@ben (member)", "Joe Locke", "harry styles"];
        double[] scores = [0.75, 0.89, 0.89, 0.99, 0.99, 0.99, 1.0];
        var reminders = new List<WouldBeReminder>(count);
        var author = new ExportAuthor(1001, "amy", null, false, []);
        for (var i = 0; i < count; i++)
        {
            // Mostly in time order, with equal times and a few steps back, as a hand-edited export might have.
            var minutes = (i * 37) - (random.Next(5) == 0 ? 90 : 0) - (i % 3 == 0 ? 0 : 37);
            var message = new ExportMessage((ulong)(1000 + i), "Default", TestExport.Start.AddMinutes(minutes), null, "text " + i, author, [], null);
            var verdict = new ReplayVerdict(true, scores[random.Next(scores.Length)], "someone", "pack", "en", []);
            reminders.Add(new WouldBeReminder(random.Next(3) == 0 ? Random : General, message, verdict, people[random.Next(people.Length)]));
        }

        return reminders;
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 2)]
    [InlineData(10, 3)]
    [InlineData(11, 4)]
    [InlineData(500, 5)]
    public void Counts_and_top_examples_are_those_of_the_whole_list(int count, int seed)
    {
        var reminders = Reminders(count, seed);
        var tally = new ReminderTally();

        foreach (var reminder in reminders)
        {
            tally.Add(reminder);
        }

        // What the summary computed from the list it used to keep (sorted by time, a stable sort).
        var kept = reminders.OrderBy(r => r.Message.Timestamp).ToList();
        Assert.Equal(count, tally.Count);
        Assert.Equal(Group(kept, r => r.PersonLabel), tally.ByPerson);
        Assert.Equal(Group(kept, r => r.ChannelLabel), tally.ByChannel);
        Assert.Equal([.. kept.GroupBy(r => r.Day).OrderBy(g => g.Key).Select(g => (g.Key, g.Count()))], tally.ByDay);
        var expectedTop = kept.OrderByDescending(r => r.Verdict.Score).ThenBy(r => r.Message.Timestamp).Take(ReplaySummary.ExampleCount).ToList();
        Assert.Equal(expectedTop.Select(r => r.Message.Id), tally.TopExamples.Select(r => r.Message.Id));
    }

    private static List<(string, int)> Group(List<WouldBeReminder> reminders, Func<WouldBeReminder, string> key) =>
        [.. reminders.GroupBy(key, StringComparer.Ordinal).Select(g => (g.Key, g.Count()))
            .OrderByDescending(p => p.Item2).ThenBy(p => p.Item1, StringComparer.Ordinal)];
}
