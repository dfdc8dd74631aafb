using FandomBot.Discord.Models;
using FandomBot.Discord.Sharding;
using FandomBot.Discord.Tests.Gateway;
using Xunit;

namespace FandomBot.Discord.Tests.Sharding;

public sealed class IdentifySchedulerTests
{
    private static SessionStartLimit Limit(int maxConcurrency, int remaining = 1000) =>
        new() { Total = 1000, Remaining = remaining, ResetAfter = 3_600_000, MaxConcurrency = maxConcurrency };

    [Fact]
    public async Task Identifies_in_buckets_of_five_seconds_by_shard_id_modulo_max_concurrency()
    {
        var time = new SignallingTimeProvider();
        var start = time.GetUtcNow();
        var scheduler = new IdentifyScheduler([0, 1, 2, 3, 4, 5], Limit(maxConcurrency: 2), time);
        var granted = new Dictionary<int, DateTimeOffset>();

        // Ask in reverse order: the planned order, not the asking order, decides.
        var waits = Enumerable.Range(0, 6).Reverse()
            .Select(async id =>
            {
                var permit = await scheduler.WaitToIdentifyAsync(id, TestContext.Current.CancellationToken);
                Assert.True(permit.Granted);
                lock (granted)
                {
                    granted[id] = time.GetUtcNow();
                }
            })
            .ToList();
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromSeconds(5));
        time.Advance(TimeSpan.FromSeconds(5));
        await Task.WhenAll(waits);

        Assert.Equal(start, granted[0]);
        Assert.Equal(start, granted[1]);
        Assert.Equal(start.AddSeconds(5), granted[2]);
        Assert.Equal(start.AddSeconds(5), granted[3]);
        Assert.Equal(start.AddSeconds(10), granted[4]);
        Assert.Equal(start.AddSeconds(10), granted[5]);
    }

    [Fact]
    public async Task A_later_identify_waits_behind_the_planned_start_up_of_its_bucket()
    {
        var time = new SignallingTimeProvider();
        var start = time.GetUtcNow();
        var scheduler = new IdentifyScheduler([0, 1], Limit(maxConcurrency: 1), time);

        Assert.True((await scheduler.WaitToIdentifyAsync(0, TestContext.Current.CancellationToken)).Granted);
        var again = scheduler.WaitToIdentifyAsync(0, TestContext.Current.CancellationToken).AsTask();
        var second = scheduler.WaitToIdentifyAsync(1, TestContext.Current.CancellationToken).AsTask();
        time.Advance(TimeSpan.FromSeconds(5));
        await second;
        Assert.False(again.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(5));
        await again;

        Assert.Equal(start.AddSeconds(10), time.GetUtcNow());
    }

    [Fact]
    public async Task Refuses_when_no_session_start_is_left_and_says_when_it_resets()
    {
        var time = new SignallingTimeProvider();
        var scheduler = new IdentifyScheduler([0], Limit(maxConcurrency: 1, remaining: 1), time);

        var first = await scheduler.WaitToIdentifyAsync(0, TestContext.Current.CancellationToken);
        var second = await scheduler.WaitToIdentifyAsync(0, TestContext.Current.CancellationToken);

        Assert.True(first.Granted);
        Assert.False(second.Granted);
        Assert.Contains("session start limit is used up (0 of 1000 left; it resets in 0.01:00:00)", second.RefusalReason, StringComparison.Ordinal);
        Assert.Equal(0, scheduler.SessionStartsRemaining);
    }
}
