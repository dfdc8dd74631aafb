using FandomBot.Discord.Gateway;
using FandomBot.Discord.Gateway.Events;
using FandomBot.Discord.Models;
using Xunit;

namespace FandomBot.Discord.Tests.Gateway;

public sealed class GatewayShardSessionTests
{
    [Fact]
    public async Task Identifies_then_gets_ready_and_the_guilds_of_its_shard()
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.Fake.AddGuild(111_111_111_111_111_111, "Alpha");
        harness.Fake.AddGuild(222_222_222_222_222_222, "Beta");

        var shard = harness.StartShard();
        var ready = await harness.NextAsync<ReadyEvent>();
        var first = await harness.NextAsync<GuildCreateEvent>();
        var second = await harness.NextAsync<GuildCreateEvent>();

        var session = Assert.Single(harness.Fake.Sessions);
        Assert.Equal(session.SessionId, ready.SessionId);
        Assert.Equal(harness.Fake.ResumeUrl, ready.ResumeGatewayUrl);
        Assert.Equal(new Snowflake(harness.Fake.ApplicationId), ready.ApplicationId);
        Assert.Equal(new Snowflake(harness.Fake.BotUserId), ready.BotUser.Id);
        Assert.Equal(2, ready.GuildCount);
        Assert.Equal([new Snowflake(111_111_111_111_111_111), new Snowflake(222_222_222_222_222_222)], new[] { first.GuildId, second.GuildId });
        Assert.Equal("Alpha", first.Name);
        Assert.Equal(0, first.ShardId);
        Assert.Equal(harness.Time.GetUtcNow(), first.ReceivedAt);
        Assert.Equal(2, shard.Guilds.Count);
        Assert.Equal(GatewayShardState.Ready, shard.Status.State);
        Assert.Equal(session.SessionId, shard.SessionId);

        var identify = Assert.Single(harness.Fake.Identifies).Data!;
        Assert.Equal(GatewayHarness.Token, identify["token"]!.GetValue<string>());
        Assert.Equal((int)GatewayIntents.Default, identify["intents"]!.GetValue<int>());
        Assert.Equal([0, 1], identify["shard"]!.AsArray().Select(n => n!.GetValue<int>()));
        Assert.Equal("FandomBot", identify["properties"]!["browser"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(identify["properties"]!["os"]!.GetValue<string>()));

        var connection = Assert.Single(harness.Fake.Connections);
        Assert.Equal(GatewayHarness.UserAgent, connection.UserAgent);
        Assert.Equal("?v=10&encoding=json", connection.Query);
        Assert.Equal("/gateway", connection.Path);
    }

    [Fact]
    public async Task Guild_delete_removes_the_guild_and_says_whether_it_is_only_unavailable()
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.Fake.AddGuild(111_111_111_111_111_111, "Alpha");
        harness.Fake.AddGuild(222_222_222_222_222_222, "Beta");
        var shard = harness.StartShard();
        await harness.NextAsync<GuildCreateEvent>(g => g.GuildId.Value == 222_222_222_222_222_222);

        await harness.Fake.SendGuildDeleteAsync(111_111_111_111_111_111, unavailable: true);
        var outage = await harness.NextAsync<GuildDeleteEvent>();
        await harness.Fake.SendGuildDeleteAsync(222_222_222_222_222_222, unavailable: false);
        var removed = await harness.NextAsync<GuildDeleteEvent>();

        Assert.True(outage.Unavailable);
        Assert.False(removed.Unavailable);
        Assert.Empty(shard.Guilds);
    }

    [Fact]
    public async Task First_heartbeat_waits_a_random_part_of_the_interval_then_beats_every_interval_with_the_last_sequence()
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.Fake.AddGuild(111_111_111_111_111_111, "Alpha");
        var shard = harness.StartShard(random: 0.25);
        await harness.NextAsync<GuildCreateEvent>();
        Assert.Empty(harness.Fake.Heartbeats);

        await harness.AdvancePastNextHeartbeatAsync(shard, dueTime: GatewayHarness.HeartbeatInterval * 0.25);
        Assert.Single(harness.Fake.Heartbeats);

        await harness.Fake.SendMessageCreateAsync(111_111_111_111_111_111, 5, "hello");
        await harness.NextAsync<MessageCreateEvent>();
        GatewayHarness.WaitForSequence(shard, harness.Fake.Sessions.Single().History[^1].Sequence);
        await harness.AdvancePastNextHeartbeatAsync(shard);
        await harness.WaitForFakeAsync(f => f.Heartbeats.Count == 2);
        await harness.AdvancePastNextHeartbeatAsync(shard);
        await harness.WaitForFakeAsync(f => f.Heartbeats.Count == 3);

        var lastSequence = harness.Fake.Sessions.Single().History[^1].Sequence;
        Assert.Equal(lastSequence, harness.Fake.Heartbeats[1].Data!.GetValue<long>());
        Assert.Equal(lastSequence, harness.Fake.Heartbeats[2].Data!.GetValue<long>());
        Assert.Equal(lastSequence, shard.LastSequence);
        // ACKed beats keep the one connection alive: no reconnect, no resume.
        Assert.Single(harness.Fake.Connections);
        Assert.Empty(harness.Fake.Resumes);
    }

    [Fact]
    public async Task Answers_a_server_heartbeat_request_at_once()
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.StartShard(random: 0.5);
        await harness.NextAsync<ReadyEvent>();
        Assert.Empty(harness.Fake.Heartbeats);

        await harness.Fake.RequestHeartbeatAsync(0);
        await harness.WaitForFakeAsync(f => f.Heartbeats.Count == 1);

        // Answered without the clock moving: op 1 is a request, not something to wait for.
        Assert.Equal(harness.Time.GetUtcNow(), harness.Fake.Heartbeats[0].ReceivedAt);
        Assert.Single(harness.Fake.Connections);
    }

    [Fact]
    public async Task Inflates_zlib_stream_across_messages_with_one_inflater()
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.Fake.AddGuild(111_111_111_111_111_111, "Alpha");
        harness.StartShard(compression: true);
        await harness.NextAsync<ReadyEvent>();
        await harness.NextAsync<GuildCreateEvent>();

        var text = string.Concat(Enumerable.Repeat("compressible words ", 200));
        await harness.Fake.SendMessageCreateAsync(111_111_111_111_111_111, 5, text);
        await harness.Fake.SendMessageCreateAsync(111_111_111_111_111_111, 5, "second");
        var big = await harness.NextAsync<MessageCreateEvent>();
        var small = await harness.NextAsync<MessageCreateEvent>();

        Assert.Equal(text, big.Message.Content);
        Assert.Equal("second", small.Message.Content);
        var connection = Assert.Single(harness.Fake.Connections);
        Assert.True(connection.Compressed);
        Assert.Equal("?v=10&encoding=json&compress=zlib-stream", connection.Query);
    }
}
