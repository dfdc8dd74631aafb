using FandomBot.Discord.Fake;
using FandomBot.Discord.Gateway;
using FandomBot.Discord.Gateway.Events;
using FandomBot.Discord.Models;
using FandomBot.Discord.Sharding;
using FandomBot.Discord.Tests.Gateway;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace FandomBot.Discord.Tests.Sharding;

public sealed class ShardManagerTests : IAsyncLifetime
{
    private const ulong GuildOnShard0 = 10UL << 22;
    private const ulong GuildOnShard1 = 11UL << 22;

    private readonly SignallingTimeProvider _time = new();
    private readonly CancellationTokenSource _timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
    private FakeDiscordServer _server = null!;
    private ServiceProvider? _services;

    private CancellationToken Timeout => _timeout.Token;

    public async ValueTask InitializeAsync()
    {
        _timeout.CancelAfter(TimeSpan.FromSeconds(15));
        _server = await FakeDiscordServer.StartAsync(_time, Timeout);
        _server.Gateway.ExpectedToken = GatewayHarness.Token;
        _server.Gateway.AddGuild(GuildOnShard0, "Even");
        _server.Gateway.AddGuild(GuildOnShard1, "Odd");
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        await _server.DisposeAsync();
        _timeout.Dispose();
    }

    [Fact]
    public async Task Two_shards_get_only_their_own_guilds_events()
    {
        _server.Rest.GatewayBot.MaxConcurrency = 2;
        var manager = CreateManager(shardCount: 2);

        Assert.True(await manager.StartAsync(Timeout));
        var startup = await ReadAsync(manager, 4);

        var guildsByShard = startup.OfType<GuildCreateEvent>().ToDictionary(g => g.GuildId.Value, g => g.ShardId);
        Assert.Equal(new Dictionary<ulong, int> { [GuildOnShard0] = 0, [GuildOnShard1] = 1 }, guildsByShard);
        Assert.Equal([new Snowflake(GuildOnShard0)], manager.Shards[0].Guilds);
        Assert.Equal([new Snowflake(GuildOnShard1)], manager.Shards[1].Guilds);

        await _server.Gateway.SendMessageCreateAsync(GuildOnShard1, 7, "odd");
        await _server.Gateway.SendMessageCreateAsync(GuildOnShard0, 8, "even");
        await _server.Gateway.SendMessageCreateAsync(null, 9, "a DM");
        var messages = (await ReadAsync(manager, 3)).Cast<MessageCreateEvent>().ToDictionary(m => m.Message.Content, m => m.ShardId);

        Assert.Equal(new Dictionary<string, int> { ["odd"] = 1, ["even"] = 0, ["a DM"] = 0 }, messages);
        Assert.Equal(1, manager.ShardFor(new Snowflake(GuildOnShard1))?.ShardId);
        Assert.Equal(0, manager.ShardFor(null)?.ShardId);
        Assert.Equal(
            [[0, 2], [1, 2]],
            _server.Gateway.Identifies.Select(i => i.Data!["shard"]!.AsArray().Select(n => n!.GetValue<int>()).ToArray()).OrderBy(s => s[0]));
        Assert.All(manager.Statuses, s => Assert.Equal(GatewayShardState.Ready, s.State));
    }

    [Fact]
    public async Task Identifies_shards_in_five_second_buckets_keyed_by_shard_id_modulo_max_concurrency()
    {
        _server.Rest.GatewayBot.MaxConcurrency = 2;
        var start = _time.GetUtcNow();
        var manager = CreateManager(shardCount: 4);

        Assert.True(await manager.StartAsync(Timeout));
        await _server.Gateway.WaitUntilAsync(g => g.Identifies.Count == 2, Timeout);
        // READY means the shard has told the scheduler its IDENTIFY went out (on this clock, before it moves on).
        await ReadReadiesAsync(manager, 2);
        await _time.WaitForTimerAsync(IdentifyScheduler.Spacing, Timeout);
        Assert.Equal(2, _server.Gateway.Identifies.Count);
        _time.Advance(IdentifyScheduler.Spacing);
        await _server.Gateway.WaitUntilAsync(g => g.Identifies.Count == 4, Timeout);

        var byShard = _server.Gateway.Identifies.ToDictionary(i => i.Data!["shard"]![0]!.GetValue<int>(), i => i.ReceivedAt - start);
        Assert.Equal(TimeSpan.Zero, byShard[0]);
        Assert.Equal(TimeSpan.Zero, byShard[1]);
        Assert.Equal(IdentifyScheduler.Spacing, byShard[2]);
        Assert.Equal(IdentifyScheduler.Spacing, byShard[3]);
        Assert.Empty(_server.Gateway.IdentifyRateLimitViolations);
    }

    [Fact]
    public async Task Does_not_start_when_no_session_start_is_left_and_says_why()
    {
        _server.Rest.GatewayBot.SessionStartRemaining = 0;
        _server.Rest.GatewayBot.SessionStartResetAfterMilliseconds = 90 * 60 * 1000;
        var manager = CreateManager(shardCount: 2);

        Assert.False(await manager.StartAsync(Timeout));

        Assert.Contains("session start limit is used up (0 of 1000 left; it resets in 0.01:30:00)", manager.NotStartedReason, StringComparison.Ordinal);
        Assert.Empty(manager.Shards);
        Assert.Empty(_server.Gateway.Connections);
    }

    [Fact]
    public async Task A_rejected_token_is_reported_as_discords_answer_so_the_host_can_exit_with_its_own_code()
    {
        _server.Rest.RequiredBotToken = "another-token-than-the-bots";
        var manager = CreateManager(shardCount: 2);

        Assert.False(await manager.StartAsync(Timeout));

        Assert.Equal(FandomBot.Discord.Rest.DiscordErrorKind.Unauthorized, manager.NotStartedError?.Kind);
        Assert.StartsWith("GET /gateway/bot failed", manager.NotStartedReason, StringComparison.Ordinal);
        Assert.Empty(_server.Gateway.Connections);
    }

    [Fact]
    public async Task A_start_refused_for_another_reason_carries_no_discord_error()
    {
        _server.Rest.GatewayBot.SessionStartRemaining = 0;
        var manager = CreateManager(shardCount: 2);

        Assert.False(await manager.StartAsync(Timeout));

        Assert.Null(manager.NotStartedError);
    }

    [Fact]
    public async Task Runs_only_the_configured_shard_ids_of_discords_recommended_count()
    {
        _server.Rest.GatewayBot.Shards = 2;
        var manager = CreateManager(shardCount: null, shardIds: "1");

        Assert.True(await manager.StartAsync(Timeout));
        var ready = (await ReadAsync(manager, 2)).OfType<ReadyEvent>().Single();

        Assert.Equal(1, ready.ShardId);
        var shard = Assert.Single(manager.Shards);
        Assert.Equal(1, shard.ShardId);
        Assert.Equal(2, manager.Selection!.ShardCount);
        Assert.Equal([1, 2], Assert.Single(_server.Gateway.Identifies).Data!["shard"]!.AsArray().Select(n => n!.GetValue<int>()));
        Assert.Null(manager.ShardFor(new Snowflake(GuildOnShard0)));
    }

    [Fact]
    public async Task Refuses_shard_ids_outside_the_recommended_count_at_start()
    {
        _server.Rest.GatewayBot.Shards = 2;
        var manager = CreateManager(shardCount: null, shardIds: "0-3");

        Assert.False(await manager.StartAsync(Timeout));

        Assert.Equal("Discord:ShardIds '0-3' is outside 0..1 (Discord:ShardCount is 2).", manager.NotStartedReason);
        Assert.Empty(_server.Gateway.Connections);
    }

    [Fact]
    public async Task With_auto_runs_only_its_share_of_the_configured_count()
    {
        _server.Rest.GatewayBot.Shards = 2;
        _server.Rest.GatewayBot.MaxConcurrency = 4;
        var manager = CreateManager(shardCount: 4, shardIds: "auto", processCount: 2, processIndex: 1);

        Assert.True(await manager.StartAsync(Timeout));

        // Two READYs and the one GUILD_CREATE of the two test guilds that lands on an odd shard of four (11 % 4 = 3).
        var startup = await ReadAsync(manager, 3);
        Assert.Equal([1, 3], startup.OfType<ReadyEvent>().Select(r => r.ShardId).Order());
        Assert.Equal(3, Assert.Single(startup.OfType<GuildCreateEvent>()).ShardId);
        Assert.Equal([1, 3], manager.Shards.Select(s => s.ShardId));
        Assert.Equal(new ProcessShare(1, 2), manager.Selection!.Process);
        Assert.Equal([1, 3], _server.Gateway.Identifies.Select(i => i.Data!["shard"]![0]!.GetValue<int>()).Order());
        Assert.All(_server.Gateway.Identifies, i => Assert.Equal(4, i.Data!["shard"]![1]!.GetValue<int>()));
    }

    private ShardManager CreateManager(int? shardCount, string? shardIds = null, int? processCount = null, int? processIndex = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_time);
        services.Configure<DiscordClientOptions>(o =>
        {
            o.Token = GatewayHarness.Token;
            o.ApiBaseUrl = _server.ApiBaseUrl;
            o.ShardCount = shardCount;
            o.ShardIds = shardIds;
            o.ProcessCount = processCount;
            o.ProcessIndex = processIndex;
        });
        services.AddDiscordGateway();
        _services = services.BuildServiceProvider();
        return _services.GetRequiredService<ShardManager>();
    }

    private async Task ReadReadiesAsync(ShardManager manager, int count)
    {
        var readies = 0;
        while (readies < count)
        {
            readies += await manager.Events.ReadAsync(Timeout) is ReadyEvent ? 1 : 0;
        }
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
