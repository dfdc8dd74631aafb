using FandomBot.Discord.Fake;
using FandomBot.Discord.Gateway;
using FandomBot.Discord.Gateway.Events;
using FandomBot.Discord.Sharding;
using FandomBot.Discord.Tests.Gateway;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace FandomBot.Discord.Tests.Sharding;

/// <summary>
/// Sessions across a restart or a move of the shards to another process, and identify turns among processes: each
/// manager here stands for one bot process; the store and the coordinator stand for the settings database they share.
/// </summary>
public sealed class ShardManagerHandoverTests : IAsyncLifetime
{
    private const ulong GuildOnShard0 = 10UL << 22;
    private const ulong GuildOnShard1 = 11UL << 22;

    private readonly SignallingTimeProvider _time = new();
    private readonly CancellationTokenSource _timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
    private readonly List<ServiceProvider> _services = [];
    private readonly InMemoryGatewaySessionStore _store = new();
    private FakeDiscordServer _server = null!;

    private CancellationToken Timeout => _timeout.Token;

    public async ValueTask InitializeAsync()
    {
        _timeout.CancelAfter(TimeSpan.FromSeconds(15));
        _server = await FakeDiscordServer.StartAsync(_time, Timeout);
        _server.Gateway.ExpectedToken = GatewayHarness.Token;
        _server.Gateway.AddGuild(GuildOnShard0, "Even");
        _server.Gateway.AddGuild(GuildOnShard1, "Odd");
        _server.Rest.GatewayBot.MaxConcurrency = 2;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var services in _services)
        {
            await services.DisposeAsync();
        }

        await _server.DisposeAsync();
        _timeout.Dispose();
    }

    [Fact]
    public async Task Stopping_stores_each_shards_session_and_the_next_manager_resumes_them_receiving_what_was_missed_without_identifying()
    {
        var first = CreateManager();
        Assert.True(await first.StartAsync(Timeout));
        await ReadAsync(first, 4);

        await first.StopAsync(Timeout);
        Assert.All(_server.Gateway.ClientCloseCodes.Values, code => Assert.Equal(GatewayCloseCodes.Handover, code));
        Assert.Equal([0, 1], _store.Stored.Select(s => s.ShardId));
        await _server.Gateway.SendMessageCreateAsync(GuildOnShard0, 7, "to shard 0 while down");
        await _server.Gateway.SendMessageCreateAsync(GuildOnShard1, 8, "to shard 1 while down");

        var next = CreateManager();
        Assert.True(await next.StartAsync(Timeout));
        var events = await ReadAsync(next, 4);

        Assert.Equal(
            new Dictionary<string, int> { ["to shard 0 while down"] = 0, ["to shard 1 while down"] = 1 },
            events.OfType<MessageCreateEvent>().ToDictionary(m => m.Message.Content, m => m.ShardId));
        Assert.Equal([0, 1], events.OfType<ResumedEvent>().Select(r => r.ShardId).Order());
        Assert.Equal(2, _server.Gateway.Identifies.Count);
        Assert.Equal(2, _server.Gateway.Resumes.Count);
        Assert.Empty(_store.Stored);
        Assert.All(next.Statuses, s => Assert.Equal(GatewayShardState.Resumed, s.State));
    }

    [Fact]
    public async Task A_stored_session_older_than_the_resume_window_is_not_tried_and_the_shard_identifies()
    {
        var window = TimeSpan.FromSeconds(DiscordClientOptions.DefaultResumeWindowSeconds);
        _store.Put(StoredSession(shardId: 0, shardCount: 1, savedAt: _time.GetUtcNow() - window - TimeSpan.FromSeconds(1)));
        var manager = CreateManager(shardCount: 1);

        Assert.True(await manager.StartAsync(Timeout));

        Assert.IsType<ReadyEvent>((await ReadAsync(manager, 1))[0]);
        Assert.Empty(_server.Gateway.Resumes);
        Assert.Single(_server.Gateway.Identifies);
        Assert.Empty(_store.Stored);
    }

    [Fact]
    public async Task A_session_stored_for_another_shard_count_is_not_tried_and_the_shard_identifies()
    {
        _store.Put(StoredSession(shardId: 0, shardCount: 4, savedAt: _time.GetUtcNow()));
        var manager = CreateManager(shardCount: 1);

        Assert.True(await manager.StartAsync(Timeout));

        Assert.IsType<ReadyEvent>((await ReadAsync(manager, 1))[0]);
        Assert.Empty(_server.Gateway.Resumes);
    }

    [Fact]
    public async Task A_final_stop_closes_with_1000_and_stores_nothing()
    {
        var manager = CreateManager(handoverOnStop: false);
        Assert.True(await manager.StartAsync(Timeout));
        await ReadAsync(manager, 4);

        await manager.StopAsync(Timeout);

        Assert.Equal([1000, 1000], _server.Gateway.ClientCloseCodes.Values);
        Assert.All(_server.Gateway.Sessions, s => Assert.NotNull(s.EndReason));
        Assert.Empty(_store.Stored);
    }

    [Fact]
    public async Task A_stop_out_of_time_drops_the_connections_and_stores_nothing_and_disposing_after_it_is_quiet()
    {
        var manager = CreateManager();
        Assert.True(await manager.StartAsync(Timeout));
        await ReadAsync(manager, 4);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => manager.StopAsync(new CancellationToken(canceled: true)));
        await manager.DisposeAsync();

        Assert.All(manager.Statuses, s => Assert.Equal(GatewayShardState.Stopped, s.State));
        Assert.Empty(_store.Stored);
        Assert.True(manager.Events.Completion.IsCompleted);
    }

    [Fact]
    public async Task Processes_identifying_on_their_own_are_refused_by_discord_when_they_share_a_bucket()
    {
        _server.Rest.GatewayBot.MaxConcurrency = 1;
        var first = CreateManager(shardIds: "0");
        var second = CreateManager(shardIds: "1");

        Assert.True(await first.StartAsync(Timeout));
        Assert.True(await second.StartAsync(Timeout));
        await _server.Gateway.WaitUntilAsync(g => g.IdentifyRateLimitViolations.Count > 0, Timeout);

        Assert.Equal(0, Assert.Single(_server.Gateway.IdentifyRateLimitViolations).RateLimitKey);
    }

    [Fact]
    public async Task Processes_taking_turns_identify_a_shared_bucket_five_seconds_apart()
    {
        _server.Rest.GatewayBot.MaxConcurrency = 1;
        var coordinator = new SharedIdentifyCoordinator(_time);
        var start = _time.GetUtcNow();
        var first = CreateManager(shardIds: "0", coordinator: coordinator);
        var second = CreateManager(shardIds: "1", coordinator: coordinator);

        Assert.True(await first.StartAsync(Timeout));
        Assert.True(await second.StartAsync(Timeout));
        await _server.Gateway.WaitUntilAsync(g => g.Identifies.Count == 1, Timeout);
        await _time.WaitForTimerAsync(IdentifyScheduler.Spacing, Timeout);
        _time.Advance(IdentifyScheduler.Spacing);
        await _server.Gateway.WaitUntilAsync(g => g.Identifies.Count == 2, Timeout);

        // The fake records an IDENTIFY as it reads it and opens the session a moment later: wait for that too (CI saw 1).
        await _server.Gateway.WaitUntilAsync(g => g.Sessions.Count == 2, Timeout);

        Assert.Equal([TimeSpan.Zero, IdentifyScheduler.Spacing], _server.Gateway.Identifies.Select(i => i.ReceivedAt - start));
        Assert.Empty(_server.Gateway.IdentifyRateLimitViolations);
        Assert.Equal(2, _server.Gateway.Sessions.Count);
    }

    private ResumableSession StoredSession(int shardId, int shardCount, DateTimeOffset savedAt) =>
        new(shardId, shardCount, "a-session-nobody-should-resume", 12, _server.Gateway.ResumeUrl, savedAt);

    private ShardManager CreateManager(int shardCount = 2, string? shardIds = null, bool handoverOnStop = true, IIdentifyCoordinator? coordinator = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_time);
        services.AddSingleton<IGatewaySessionStore>(_store);
        if (coordinator is not null)
        {
            services.AddSingleton(coordinator);
        }

        services.Configure<DiscordClientOptions>(o =>
        {
            o.Token = GatewayHarness.Token;
            o.ApiBaseUrl = _server.ApiBaseUrl;
            o.ShardCount = shardCount;
            o.ShardIds = shardIds;
            o.HandoverOnStop = handoverOnStop;
        });
        services.AddDiscordGateway();
        var provider = services.BuildServiceProvider();
        _services.Add(provider);
        return provider.GetRequiredService<ShardManager>();
    }

    private async Task<List<GatewayEvent>> ReadAsync(ShardManager manager, int count)
    {
        List<GatewayEvent> events = [];
        while (events.Count < count)
        {
            events.Add(await manager.Events.ReadAsync(Timeout));
        }

        return events;
    }
}
