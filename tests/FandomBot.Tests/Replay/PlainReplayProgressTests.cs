using FandomBot.Replay;
using FandomBot.Replay.Progress;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace FandomBot.Tests.Replay;

public sealed class PlainReplayProgressTests
{
    private static ReplayProgressReport Running(long bytes, long messages) =>
        new(0, "/exports/general.json", bytes, 1_000, messages, messages, TimeSpan.FromSeconds(2), FileFinished: false);

    [Fact]
    public void Writes_a_running_line_at_most_every_five_seconds_and_a_line_per_finished_export()
    {
        var time = new FakeTimeProvider();
        using var output = new StringWriter();
        var progress = new PlainReplayProgress(output, time);

        progress.Report(Running(100, 10_000));
        time.Advance(PlainReplayProgress.Interval);
        progress.Report(Running(250, 25_000));
        time.Advance(TimeSpan.FromSeconds(1));
        progress.Report(Running(300, 30_000));
        progress.Report(Running(1_000, 40_000) with { FileFinished = true });

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                "replay: general.json: 25%, 25,000 messages (25,000 in all, 12,500 messages/s)",
                "replay: general.json: read to the end, 40,000 messages (40,000 in all, 20,000 messages/s)",
            ],
            lines);
    }
}
