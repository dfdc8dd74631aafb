using FandomBot.Core.Reminders;
using FandomBot.Replay;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace FandomBot.Tests.Replay;

public sealed class ReplayContextRingTests
{
    [Fact]
    public void Gives_the_same_context_as_the_live_bots_ring_across_channels_time_gaps_and_evictions()
    {
        var time = new FakeTimeProvider(TestExport.Start);
        var live = new RecentMessages(time, maxChannels: 3);
        var replay = new ReplayContextRing(time, maxChannels: 3);
        var random = new Random(7);
        var buffer = new string[RecentMessages.PerChannel];
        var nonEmpty = 0;
        for (var i = 0; i < 5_000; i++)
        {
            // Mostly seconds apart, sometimes past the five-minute window; five channels for a bound of three.
            time.Advance(TimeSpan.FromSeconds(random.Next(10) == 0 ? 400 : random.Next(0, 40)));
            var channel = (ulong)random.Next(1, 6);

            var expected = live.Snapshot(channel);
            var count = replay.Snapshot(channel, buffer);

            Assert.Equal(expected, buffer[..count]);
            nonEmpty += count > 0 ? 1 : 0;
            var text = "message " + i;
            live.Add(channel, text);
            replay.Add(channel, text);
        }

        Assert.InRange(nonEmpty, 1_000, 5_000);
    }
}
