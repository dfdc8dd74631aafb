using System.Threading.Channels;
using FandomBot.Discord.Fake;
using FandomBot.Discord.Gateway;
using FandomBot.Discord.Gateway.Events;
using Xunit;

namespace FandomBot.Discord.Tests.Gateway;

/// <summary>Stopping a shard: the close frame Discord receives, and the session left for whoever runs the shard next.</summary>
public sealed class GatewayShardStopTests
{
    private const ulong GuildId = 111_111_111_111_111_111;

    [Fact]
    public async Task A_handover_stop_sends_a_close_frame_that_keeps_the_session_and_hands_the_session_over()
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.Fake.AddGuild(GuildId, "Alpha");
        var shard = harness.CreateShard(random: 0.5);
        var run = harness.Run(shard);
        var ready = await harness.NextAsync<ReadyEvent>();
        await harness.Fake.SendMessageCreateAsync(GuildId, 5, "before the stop");
        await harness.NextAsync<MessageCreateEvent>();

        shard.BeginStop(handover: true);
        await run.WaitAsync(harness.Timeout);

        Assert.Equal(GatewayCloseCodes.Handover, Assert.Single(harness.Fake.ClientCloseCodes).Value);
        var fakeSession = Assert.Single(harness.Fake.Sessions);
        Assert.Null(fakeSession.EndReason);
        var handedOver = Assert.IsType<ResumableSession>(shard.HandedOverSession);
        Assert.Equal(ready.SessionId, handedOver.SessionId);
        Assert.Equal(fakeSession.History[^1].Sequence, handedOver.Sequence);
        Assert.Equal(harness.Fake.ResumeUrl, handedOver.ResumeUrl);
        Assert.Equal((0, 1), (handedOver.ShardId, handedOver.ShardCount));
        Assert.Equal(harness.Time.GetUtcNow(), handedOver.SavedAt);
        Assert.Equal(GatewayShardState.Stopped, shard.Status.State);
    }

    [Fact]
    public async Task A_final_stop_closes_with_1000_and_discord_ends_the_session()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var shard = harness.CreateShard(random: 0.5);
        var run = harness.Run(shard);
        await harness.NextAsync<ReadyEvent>();

        shard.BeginStop(handover: false);
        await run.WaitAsync(harness.Timeout);

        Assert.Equal(1000, Assert.Single(harness.Fake.ClientCloseCodes).Value);
        Assert.NotNull(Assert.Single(harness.Fake.Sessions).EndReason);
        Assert.Null(shard.HandedOverSession);
    }

    [Fact]
    public async Task The_next_owner_resumes_the_handed_over_session_and_receives_what_was_said_meanwhile_without_identifying()
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.Fake.AddGuild(GuildId, "Alpha");
        var first = harness.CreateShard(random: 0.5);
        var firstRun = harness.Run(first);
        await harness.NextAsync<GuildCreateEvent>();
        first.BeginStop(handover: true);
        await firstRun.WaitAsync(harness.Timeout);

        // Nobody is connected: these wait in the session on Discord's side.
        await harness.Fake.SendMessageCreateAsync(GuildId, 5, "said while nobody was connected 1");
        await harness.Fake.SendMessageCreateAsync(GuildId, 5, "said while nobody was connected 2");
        var next = harness.CreateShard(random: 0.5);
        next.RestoreSession(first.HandedOverSession!);
        _ = harness.Run(next);

        Assert.Equal("said while nobody was connected 1", (await harness.NextAsync<MessageCreateEvent>()).Message.Content);
        Assert.Equal("said while nobody was connected 2", (await harness.NextAsync<MessageCreateEvent>()).Message.Content);
        await harness.NextAsync<ResumedEvent>();
        Assert.Single(harness.Fake.Identifies);
        var resume = Assert.Single(harness.Fake.Resumes).Data!;
        Assert.Equal(first.HandedOverSession!.SessionId, resume["session_id"]!.GetValue<string>());
        Assert.Equal(first.HandedOverSession.Sequence, resume["seq"]!.GetValue<long>());
        Assert.Equal(["/gateway", FakeGateway.ResumePath], harness.Fake.Connections.Select(c => c.Path));
        Assert.Equal(GatewayShardState.Resumed, next.Status.State);

        // A resumed session gets no GUILD_CREATE: the servers come with the handed-over session.
        Assert.Equal([new FandomBot.Discord.Models.Snowflake(GuildId)], first.HandedOverSession.Guilds);
        Assert.Equal([new FandomBot.Discord.Models.Snowflake(GuildId)], next.Guilds);
    }

    [Fact]
    public async Task A_session_discord_refuses_to_resume_falls_back_to_a_fresh_identify()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var first = harness.CreateShard(random: 0);
        var firstRun = harness.Run(first);
        await harness.NextAsync<ReadyEvent>();
        first.BeginStop(handover: true);
        await firstRun.WaitAsync(harness.Timeout);
        var handedOver = first.HandedOverSession!;

        // Longer without a connection than Discord keeps a session.
        harness.Time.Advance(harness.Fake.DisconnectedSessionLifetime + TimeSpan.FromSeconds(1));
        var next = harness.CreateShard(random: 0);
        next.RestoreSession(handedOver);
        _ = harness.Run(next);
        await harness.WaitForFakeAsync(f => f.Resumes.Count == 1);
        // op 9 d:false → a fresh identify after 1 s (no jitter).
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1), harness.Timeout);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        var ready = await harness.NextAsync<ReadyEvent>();

        Assert.NotEqual(handedOver.SessionId, ready.SessionId);
        Assert.Equal(2, harness.Fake.Identifies.Count);
        Assert.Equal(["/gateway", FakeGateway.ResumePath, "/gateway"], harness.Fake.Connections.Select(c => c.Path));
        Assert.Equal(GatewayShardState.Ready, next.Status.State);
    }

    [Fact]
    public async Task A_dispatch_the_bot_never_took_is_not_counted_and_the_next_owner_receives_it()
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.Fake.AddGuild(GuildId, "Alpha");

        // Room for one event, and the bot takes nothing after READY: GUILD_CREATE fills the channel, so the message
        // after it stays in the shard's hands.
        var events = Channel.CreateBounded<GatewayEvent>(1);
        var shard = new GatewayShard(Settings(harness), UnpacedIdentifyGate.Instance, events.Writer, harness.Time, harness.Log, new FixedRandom(0.5));
        var run = harness.Run(shard);
        Assert.IsType<ReadyEvent>(await events.Reader.ReadAsync(harness.Timeout));
        await events.Reader.WaitToReadAsync(harness.Timeout);
        var guildCreate = Assert.Single(harness.Fake.Sessions).History.Single(d => d.EventName == "GUILD_CREATE");
        await harness.Fake.SendMessageCreateAsync(GuildId, 5, "never taken");

        shard.BeginStop(handover: true);
        // The shard is stuck handing "never taken" to the full channel and never reads the server's close frame;
        // the close timeout ends the wait.
        await harness.Time.WaitForTimerAsync(GatewayConnection.CloseTimeout, harness.Timeout);
        harness.Time.Advance(GatewayConnection.CloseTimeout);
        await run.WaitAsync(harness.Timeout);

        Assert.Equal(guildCreate.Sequence, shard.HandedOverSession!.Sequence);
        var next = harness.CreateShard(random: 0.5);
        next.RestoreSession(shard.HandedOverSession);
        _ = harness.Run(next);
        Assert.Equal("never taken", (await harness.NextAsync<MessageCreateEvent>()).Message.Content);
        await harness.NextAsync<ResumedEvent>();
    }

    [Fact]
    public async Task A_stop_while_waiting_to_reconnect_ends_at_once_and_keeps_the_session()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var shard = harness.CreateShard(random: 0);
        var run = harness.Run(shard);
        var ready = await harness.NextAsync<ReadyEvent>();
        harness.Fake.CloseCodeOnConnect = 4000;
        await harness.Fake.CloseAsync(0, 4000);
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1), harness.Timeout);

        shard.BeginStop(handover: true);
        await run.WaitAsync(harness.Timeout);

        Assert.Equal(ready.SessionId, shard.HandedOverSession!.SessionId);
        Assert.Equal(GatewayShardState.Stopped, shard.Status.State);
    }

    private static GatewayShardSettings Settings(GatewayHarness harness) => new()
    {
        ShardId = 0,
        ShardCount = 1,
        Token = GatewayHarness.Token,
        GatewayUrl = harness.Server.GatewayUrl,
        UserAgent = GatewayHarness.UserAgent,
    };
}
