using Dapper;
using FandomBot.Storage.Shards;
using Xunit;

namespace FandomBot.Storage.Tests;

/// <summary>The gateway sessions shards leave at shutdown for whoever runs them next, on both databases.</summary>
public abstract partial class SettingsStoreContract
{
    private static readonly DateTimeOffset SavedAt = new(2026, 11, 23, 11, 59, 30, 123, TimeSpan.Zero);

    [Fact]
    public async Task A_stored_session_comes_back_whole_to_the_next_process_and_only_once()
    {
        var stopping = NewRuntime();
        await stopping.StartAsync(Ct);
        StoredShardSession[] sessions =
        [
            new(0, 4, "session-of-shard-0", 1234, "wss://gateway-us-east1-b.discord.gg", SavedAt, "1100000000000000001,1100000000000000002"),
            new(3, 4, "session-of-shard-3", null, "wss://gateway-us-east1-c.discord.gg", SavedAt),
        ];
        Assert.Equal(2, Value(await stopping.ShardSessions.SaveAsync(sessions, Ct)));
        await stopping.DisposeAsync();

        var next = await StartRuntimeAsync();
        var taken = Value(await next.ShardSessions.TakeAsync([0, 1, 2, 3], Ct));
        var again = Value(await next.ShardSessions.TakeAsync([0, 1, 2, 3], Ct));

        Assert.Equal(sessions, taken.OrderBy(s => s.ShardId));
        Assert.Empty(again);
    }

    [Fact]
    public async Task A_process_takes_only_its_own_shards_sessions_and_a_newer_session_replaces_an_older_one()
    {
        var runtime = await StartRuntimeAsync();
        Value(await runtime.ShardSessions.SaveAsync([new(0, 2, "old", 1, "wss://a", SavedAt), new(1, 2, "other", 2, "wss://b", SavedAt)], Ct));
        Value(await runtime.ShardSessions.SaveAsync([new(0, 2, "new", 9, "wss://c", SavedAt.AddMinutes(1))], Ct));

        var mine = Value(await (await StartRuntimeAsync()).ShardSessions.TakeAsync([0], Ct));
        var theirs = Value(await (await StartRuntimeAsync()).ShardSessions.TakeAsync([1], Ct));

        Assert.Equal([new StoredShardSession(0, 2, "new", 9, "wss://c", SavedAt.AddMinutes(1))], mine);
        Assert.Equal("other", Assert.Single(theirs).SessionId);
    }

    [Fact]
    public async Task While_the_database_is_unreachable_sessions_fail_to_save_or_load_as_values()
    {
        var runtime = await StartRuntimeAsync();

        await MakeDatabaseUnreachableAsync();
        var saved = await runtime.ShardSessions.SaveAsync([new(0, 1, "s", 1, "wss://a", SavedAt)], Ct);
        var taken = await runtime.ShardSessions.TakeAsync([0], Ct);
        await MakeDatabaseReachableAsync();

        Assert.Equal(StoreErrorKind.Unavailable, saved.Error?.Kind);
        Assert.Equal(StoreErrorKind.Unavailable, taken.Error?.Kind);
    }

    [Fact]
    public async Task A_restarted_process_identifies_no_sooner_than_the_spacing_after_its_predecessors_last_identify()
    {
        var spacing = TimeSpan.FromSeconds(5);
        var before = NewRuntime();
        await before.StartAsync(Ct);
        await using (var turn = Value(await before.IdentifyBuckets.TakeTurnAsync(0, spacing, Ct)))
        {
            Assert.True(Value(await turn.RecordIdentifyAsync(Ct)));
        }

        await before.DisposeAsync();

        var restarted = await StartRuntimeAsync();
        var otherBucket = await restarted.IdentifyBuckets.TakeTurnAsync(1, spacing, Ct);
        var sameBucket = restarted.IdentifyBuckets.TakeTurnAsync(0, spacing, Ct);
        Assert.True(otherBucket.IsSuccess);
        Assert.False(sameBucket.IsCompleted);

        // The wait is armed only after a few round trips to the database (PostgreSQL measures the time since by its
        // own clock): move the clock until it is over, rather than guess when it was armed.
        for (var advanced = 0; !sameBucket.IsCompleted && advanced < 20; advanced++)
        {
            Time.Advance(spacing);
            await Task.WhenAny(sameBucket, Task.Delay(TimeSpan.FromMilliseconds(100), Ct));
        }

        await using var next = Value(await sameBucket);
        await using var other = Value(otherBucket);
    }

    [Fact]
    public async Task A_database_from_before_the_gateway_tables_gets_them_and_keeps_its_settings()
    {
        var first = NewRuntime();
        await first.StartAsync(Ct);
        Value(await first.Store.SetCooldownAsync(Guild, 7, Ct));
        await first.DisposeAsync();
        await using (var connection = await OpenRawConnectionAsync())
        {
            // Back to schema version 1: what every deployment before this change has.
            await connection.ExecuteAsync("DROP TABLE gateway_sessions");
            await connection.ExecuteAsync("DROP TABLE IF EXISTS gateway_identify_buckets");
            await connection.ExecuteAsync("DROP TABLE IF EXISTS gateway_session_starts");
            await connection.ExecuteAsync("DELETE FROM schema_version WHERE version >= 2");
        }

        var upgraded = NewRuntime();
        _runtimes.Add(upgraded);
        var report = await upgraded.StartAsync(Ct);

        Assert.Equal(Enumerable.Range(2, LatestSchemaVersion - 1), report.Applied);
        Assert.Equal(7, (await upgraded.Store.GetAsync(Guild, Ct)).CooldownMinutes);
        Assert.Equal(1, Value(await upgraded.ShardSessions.SaveAsync([new(0, 1, "s", 1, "wss://a", SavedAt)], Ct)));
    }
}
