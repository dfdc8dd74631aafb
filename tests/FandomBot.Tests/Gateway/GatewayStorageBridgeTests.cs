using FandomBot.Discord.Gateway;
using FandomBot.Gateway;
using FandomBot.Storage;
using FandomBot.Storage.Shards;
using Xunit;

namespace FandomBot.Tests.Gateway;

/// <summary>How the gateway's handover and identify turns map onto the settings database, and what a failure there means.</summary>
public sealed class GatewayStorageBridgeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_handed_over_session_comes_back_from_the_store_as_it_went_in()
    {
        var store = new MemoryShardSessionStore();
        var sessions = new StoredGatewaySessions(store);
        var session = new ResumableSession(3, 8, "abc", 42, new Uri("wss://gateway-us-east1-d.discord.gg"), new DateTimeOffset(2026, 5, 1, 10, 0, 0, TimeSpan.Zero));

        Assert.True(await sessions.SaveAsync([session], Ct));
        var taken = await sessions.TakeAsync([3], Ct);

        Assert.Equal([session], taken);
    }

    [Fact]
    public async Task A_handed_over_sessions_servers_come_back_with_it()
    {
        var sessions = new StoredGatewaySessions(new MemoryShardSessionStore());
        Discord.Models.Snowflake[] guilds = [new(1100000000000000001), new(1100000000000000002)];
        var session = new ResumableSession(0, 1, "abc", 7, new Uri("wss://gateway.discord.gg"), DateTimeOffset.UnixEpoch, guilds);

        Assert.True(await sessions.SaveAsync([session], Ct));
        var taken = Assert.Single(await sessions.TakeAsync([0], Ct));

        Assert.Equal(guilds, taken.Guilds);
    }

    [Fact]
    public async Task An_unreadable_store_means_identifying_and_an_unwritable_one_is_reported()
    {
        var sessions = new StoredGatewaySessions(new MemoryShardSessionStore { Down = true });

        Assert.Empty(await sessions.TakeAsync([0], Ct));
        Assert.False(await sessions.SaveAsync([new ResumableSession(0, 1, "s", 1, new Uri("wss://a"), DateTimeOffset.UnixEpoch)], Ct));
    }

    [Fact]
    public async Task Without_the_database_a_turn_goes_uncoordinated_instead_of_keeping_the_shard_down()
    {
        var coordinator = new DatabaseIdentifyCoordinator(new UnreachableBuckets());

        await using var turn = await coordinator.TakeTurnAsync(0, TimeSpan.FromSeconds(5), Ct);
        await turn.IdentifiedAsync(Ct);

        Assert.False(turn.Coordinated);
        Assert.True(await turn.TrySpendSessionStartAsync(Ct));
    }

    [Fact]
    public async Task Without_the_database_the_session_start_count_is_what_discord_said()
    {
        var coordinator = new DatabaseIdentifyCoordinator(new UnreachableBuckets());

        var remaining = await coordinator.ShareSessionStartsAsync(new Discord.Models.SessionStartLimit { Total = 1000, Remaining = 7, ResetAfter = 60_000 }, Ct);

        Assert.Equal(7, remaining);
    }

    private sealed class MemoryShardSessionStore : IShardSessionStore
    {
        private readonly Dictionary<int, StoredShardSession> _rows = [];

        public bool Down { get; init; }

        public Task<StoreResult<int>> SaveAsync(IReadOnlyCollection<StoredShardSession> sessions, CancellationToken cancellationToken)
        {
            if (Down)
            {
                return Task.FromResult(StoreResult.Failure<int>(new StoreError(StoreErrorKind.Unavailable, "down")));
            }

            foreach (var session in sessions)
            {
                _rows[session.ShardId] = session;
            }

            return Task.FromResult(StoreResult.Success(sessions.Count));
        }

        public Task<StoreResult<IReadOnlyList<StoredShardSession>>> TakeAsync(IReadOnlyCollection<int> shardIds, CancellationToken cancellationToken)
        {
            if (Down)
            {
                return Task.FromResult(StoreResult.Failure<IReadOnlyList<StoredShardSession>>(new StoreError(StoreErrorKind.Unavailable, "down")));
            }

            IReadOnlyList<StoredShardSession> taken = [.. shardIds.Where(_rows.ContainsKey).Select(id => _rows[id])];
            return Task.FromResult(StoreResult.Success(taken));
        }
    }

    private sealed class UnreachableBuckets : IIdentifyBuckets
    {
        public bool SharedAcrossProcesses => true;

        public Task<StoreResult<IIdentifyBucketTurn>> TakeTurnAsync(int bucket, TimeSpan spacing, CancellationToken cancellationToken) =>
            Task.FromResult(StoreResult.Failure<IIdentifyBucketTurn>(new StoreError(StoreErrorKind.Unavailable, "down")));

        public Task<StoreResult<int>> ShareSessionStartsAsync(int remaining, TimeSpan resetsIn, CancellationToken cancellationToken) =>
            Task.FromResult(StoreResult.Failure<int>(new StoreError(StoreErrorKind.Unavailable, "down")));
    }
}
