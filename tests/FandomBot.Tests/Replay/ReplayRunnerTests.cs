using FandomBot.Core.People;
using FandomBot.Core.Reminders;
using FandomBot.Replay;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace FandomBot.Tests.Replay;

public sealed class ReplayRunnerTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static ReplayRunner Runner(ReminderSettings? settings = null, bool readOnOwnThread = true)
    {
        var pack = new FandomPack("test", "Test", "band", null, [new RealPerson("Harry Styles", "Harry")], []);
        var detector = new ReplayDetector(PeopleDirectory.FromPacks([pack]));
        return new ReplayRunner(new ReplayPipeline(settings ?? ReminderSettings.Default, detector), new FakeTimeProvider(), readOnOwnThread);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ctrl_c_stops_the_replay_and_the_summary_covers_what_was_read(bool readOnOwnThread)
    {
        var export = TestExport.General();
        for (var i = 0; i < 5_000; i++)
        {
            export.Say(i / 10.0, TestAuthor.Amy, "message " + i);
        }

        var file = export.WriteTo(_dir.Path, "general.json");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var summary = Runner(readOnOwnThread: readOnOwnThread).Run([file], new Progress<ReplayProgressReport>(), cancelled.Token);

        Assert.True(summary.Cancelled);
        Assert.InRange(summary.MessagesRead, 1, 4_999);
    }

    [Fact]
    public void A_direct_message_export_never_gets_a_reminder()
    {
        var export = new TestExport(0, "Direct Messages", 300, "amy", "DirectTextChat");
        export.Say(0, TestAuthor.Amy, "i bet Harry Styles is secretly gay");
        var file = export.WriteTo(_dir.Path, "dm.json");

        var reminders = new ReminderCollector();
        var summary = Runner().Run([file], new Progress<ReplayProgressReport>(), reminders, TestContext.Current.CancellationToken);

        Assert.Equal(1, summary.MessagesRead);
        Assert.Empty(reminders.Reminders);
        Assert.Equal(0, summary.ReminderCount);
        Assert.Equal(1, summary.Channels[0].ByOutcome["direct message"]);
    }

    [Fact]
    public void Reminders_come_in_time_order_with_links_and_the_ten_best_first_in_the_examples()
    {
        var export = TestExport.General();
        for (var i = 0; i < 12; i++)
        {
            export.Say(i, new TestAuthor(5000 + (ulong)i, "fan" + i), i % 2 == 0 ? "i bet Harry Styles is secretly gay" : "is Harry gay?");
        }

        var file = export.WriteTo(_dir.Path, "general.json");

        var reminders = new ReminderCollector();
        var summary = Runner().Run([file], new Progress<ReplayProgressReport>(), reminders, TestContext.Current.CancellationToken);

        Assert.NotEmpty(reminders.Reminders);
        Assert.Equal(reminders.Reminders.Count, summary.ReminderCount);
        Assert.Equal(reminders.Reminders.OrderBy(r => r.Message.Timestamp), reminders.Reminders);
        Assert.All(reminders.Reminders, r => Assert.Equal($"https://discord.com/channels/100/200/{r.Message.Id}", r.Link));
        Assert.InRange(summary.TopExamples.Count, 1, ReplaySummary.ExampleCount);
        Assert.Equal(summary.TopExamples.OrderByDescending(r => r.Verdict.Score).Select(r => r.Verdict.Score), summary.TopExamples.Select(r => r.Verdict.Score));
        Assert.Equal(
            reminders.Reminders.OrderByDescending(r => r.Verdict.Score).ThenBy(r => r.Message.Timestamp).Take(ReplaySummary.ExampleCount).Select(r => r.Message.Id),
            summary.TopExamples.Select(r => r.Message.Id));
    }
}
