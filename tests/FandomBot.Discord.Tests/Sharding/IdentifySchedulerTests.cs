using FandomBot.Discord.Gateway;
using FandomBot.Discord.Models;
using FandomBot.Discord.Sharding;
using FandomBot.Discord.Tests.Gateway;
using Xunit;

namespace FandomBot.Discord.Tests.Sharding;

public sealed class IdentifySchedulerTests
{
    private static readonly TimeSpan Spacing = IdentifyScheduler.Spacing;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static SessionStartLimit Limit(int maxConcurrency, int remaining = 1000) =>
        new() { Total = 1000, Remaining = remaining, ResetAfter = 3_600_000, MaxConcurrency = maxConcurrency };

    [Fact]
    public void Spaces_identifies_of_a_bucket_a_little_more_than_discords_five_seconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(5), IdentifyScheduler.BucketInterval);
        Assert.InRange(IdentifyScheduler.SafetyMargin, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(1));
        Assert.Equal(IdentifyScheduler.BucketInterval + IdentifyScheduler.SafetyMargin, Spacing);
    }

    [Fact]
    public async Task Identifies_in_buckets_of_five_seconds_by_shard_id_modulo_max_concurrency()
    {
        var time = new SignallingTimeProvider();
        var start = time.GetUtcNow();
        var scheduler = new IdentifyScheduler([0, 1, 2, 3, 4, 5], Limit(maxConcurrency: 2), time);

        // Ask in reverse order: the planned order, not the asking order, decides.
        var granted = Enumerable.Range(0, 6).Reverse().ToDictionary(id => id, id => IdentifyAtOnceAsync(scheduler, id, time));
        await Task.WhenAll(granted[0], granted[1]);
        await time.WaitForTimerAsync(Spacing * 2, Ct);
        time.Advance(Spacing);
        await Task.WhenAll(granted[2], granted[3]);
        time.Advance(Spacing);
        await Task.WhenAll(granted.Values);

        Assert.Equal(start, await granted[0]);
        Assert.Equal(start, await granted[1]);
        Assert.Equal(start + Spacing, await granted[2]);
        Assert.Equal(start + Spacing, await granted[3]);
        Assert.Equal(start + (Spacing * 2), await granted[4]);
        Assert.Equal(start + (Spacing * 2), await granted[5]);
    }

    [Fact]
    public async Task A_later_identify_waits_behind_the_planned_start_up_of_its_bucket()
    {
        var time = new SignallingTimeProvider();
        var start = time.GetUtcNow();
        var scheduler = new IdentifyScheduler([0, 1], Limit(maxConcurrency: 1), time);

        Assert.Equal(start, await IdentifyAtOnceAsync(scheduler, 0, time));
        var again = IdentifyAtOnceAsync(scheduler, 0, time);
        var second = IdentifyAtOnceAsync(scheduler, 1, time);
        await time.WaitForTimerAsync(Spacing, Ct);
        time.Advance(Spacing);
        Assert.Equal(start + Spacing, await second);
        Assert.False(again.IsCompleted);
        time.Advance(Spacing);

        Assert.Equal(start + (Spacing * 2), await again);
    }

    [Fact]
    public async Task The_next_identify_of_a_bucket_waits_for_the_previous_one_to_go_out_and_is_spaced_from_when_it_did()
    {
        var time = new SignallingTimeProvider();
        var start = time.GetUtcNow();
        var scheduler = new IdentifyScheduler([0, 1], Limit(maxConcurrency: 1), time);

        await using var first = await scheduler.WaitToIdentifyAsync(0, Ct);
        var second = IdentifyAtOnceAsync(scheduler, 1, time);

        // Shard 0 takes 3 s to connect: its slot was at 0 s, its IDENTIFY goes out at 3 s.
        await time.WaitForTimerAsync(Spacing, Ct);
        time.Advance(TimeSpan.FromSeconds(3));
        await first.IdentifiedAsync();
        time.Advance(Spacing - TimeSpan.FromSeconds(3));
        Assert.False(second.IsCompleted);
        await time.WaitForTimerAsync(TimeSpan.FromSeconds(3), Ct);
        time.Advance(TimeSpan.FromSeconds(3));

        Assert.Equal(start + TimeSpan.FromSeconds(3) + Spacing, await second);
    }

    [Fact]
    public async Task A_permit_given_back_unused_lets_the_next_identify_go_at_its_slot()
    {
        var time = new SignallingTimeProvider();
        var start = time.GetUtcNow();
        var scheduler = new IdentifyScheduler([0, 1], Limit(maxConcurrency: 1), time);

        var first = await scheduler.WaitToIdentifyAsync(0, Ct);
        var second = IdentifyAtOnceAsync(scheduler, 1, time);
        await time.WaitForTimerAsync(Spacing, Ct);
        time.Advance(Spacing);
        Assert.False(second.IsCompleted);
        await first.DisposeAsync();

        Assert.Equal(start + Spacing, await second);
    }

    [Fact]
    public async Task Takes_the_buckets_turn_among_processes_and_hands_it_on_once_the_identify_went_out()
    {
        var time = new SignallingTimeProvider();
        var coordinator = new RecordingCoordinator();
        var scheduler = new IdentifyScheduler([5], Limit(maxConcurrency: 4), time, coordinator);

        var permit = await scheduler.WaitToIdentifyAsync(5, Ct);
        Assert.Equal(["take 1"], coordinator.Calls);
        await permit.IdentifiedAsync();
        await permit.DisposeAsync();

        Assert.Equal(["take 1", "identified 1", "release 1"], coordinator.Calls);
        Assert.Equal(Spacing, coordinator.Spacing);
    }

    [Fact]
    public async Task Refuses_when_no_session_start_is_left_and_says_when_it_resets()
    {
        var time = new SignallingTimeProvider();
        var scheduler = new IdentifyScheduler([0], Limit(maxConcurrency: 1, remaining: 1), time);

        var first = await scheduler.WaitToIdentifyAsync(0, Ct);
        var second = await scheduler.WaitToIdentifyAsync(0, Ct);

        Assert.True(first.Granted);
        Assert.False(second.Granted);
        Assert.Contains("session start limit is used up (0 of 1000 left; it resets in 0.01:00:00)", second.RefusalReason, StringComparison.Ordinal);
        Assert.Equal(0, scheduler.SessionStartsRemaining);
    }

    [Fact]
    public async Task Processes_that_each_read_discords_count_spend_it_together_and_stop_at_zero()
    {
        // Two processes read "3 left" from Discord at the same moment; each alone would identify three shards.
        var time = new SignallingTimeProvider();
        var shared = new SharedIdentifyCoordinator(time);
        var limit = Limit(maxConcurrency: 16, remaining: 3);
        Assert.Equal(3, await shared.ShareSessionStartsAsync(limit, Ct));
        Assert.Equal(3, await shared.ShareSessionStartsAsync(limit, Ct));
        var one = new IdentifyScheduler([0, 1, 2], limit, time, shared);
        var two = new IdentifyScheduler([3, 4, 5], limit, time, shared);

        var permits = new List<IdentifyPermit>();
        foreach (var (scheduler, shard) in new[] { (one, 0), (two, 3), (one, 1), (two, 4), (one, 2), (two, 5) })
        {
            permits.Add(await scheduler.WaitToIdentifyAsync(shard, Ct));
        }

        Assert.Equal(3, permits.Count(permit => permit.Granted));
        Assert.Equal([true, true, true, false, false, false], permits.Select(permit => permit.Granted));
        Assert.All(permits.Where(permit => !permit.Granted), permit =>
            Assert.Contains("session start limit is used up", permit.RefusalReason, StringComparison.Ordinal));
        Assert.Equal(0, shared.SessionStarts);
        Assert.Equal(0, two.SessionStartsRemaining);
    }

    /// <summary>Waits for the permit, notes when it came and identifies at once, as a shard on a fast link would.</summary>
    private static async Task<DateTimeOffset> IdentifyAtOnceAsync(IdentifyScheduler scheduler, int shardId, TimeProvider time)
    {
        await using var permit = await scheduler.WaitToIdentifyAsync(shardId, Ct);
        Assert.True(permit.Granted);
        var at = time.GetUtcNow();
        await permit.IdentifiedAsync();
        return at;
    }

    private sealed class RecordingCoordinator : IIdentifyCoordinator
    {
        public List<string> Calls { get; } = [];

        public TimeSpan Spacing { get; private set; }

        public ValueTask<IIdentifyTurn> TakeTurnAsync(int rateLimitKey, TimeSpan spacing, CancellationToken cancellationToken)
        {
            Spacing = spacing;
            Calls.Add($"take {rateLimitKey}");
            return ValueTask.FromResult<IIdentifyTurn>(new Turn(this, rateLimitKey));
        }

        public ValueTask<int> ShareSessionStartsAsync(SessionStartLimit limit, CancellationToken cancellationToken) => ValueTask.FromResult(limit.Remaining);

        private sealed class Turn(RecordingCoordinator owner, int key) : IIdentifyTurn
        {
            public bool Coordinated => true;

            public ValueTask IdentifiedAsync(CancellationToken cancellationToken)
            {
                owner.Calls.Add($"identified {key}");
                return ValueTask.CompletedTask;
            }

            public ValueTask<bool> TrySpendSessionStartAsync(CancellationToken cancellationToken) => ValueTask.FromResult(true);

            public ValueTask DisposeAsync()
            {
                owner.Calls.Add($"release {key}");
                return ValueTask.CompletedTask;
            }
        }
    }
}
