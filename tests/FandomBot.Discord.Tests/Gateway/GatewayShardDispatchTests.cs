using FandomBot.Discord.Gateway;
using FandomBot.Discord.Gateway.Events;
using FandomBot.Discord.Models;
using Xunit;

namespace FandomBot.Discord.Tests.Gateway;

public sealed class GatewayShardDispatchTests
{
    private const ulong GuildId = 111_111_111_111_111_111;

    [Fact]
    public async Task Malformed_payloads_are_logged_without_content_and_skipped_and_the_shard_survives()
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.Fake.AddGuild(GuildId, "Alpha");
        var shard = harness.StartShard(random: 0.5);
        await harness.NextAsync<GuildCreateEvent>();

        await harness.Fake.SendRawAsync(0, "{not json at all");
        await harness.Fake.SendRawAsync(0, """{"op":0,"s":90,"t":"MESSAGE_CREATE","d":"a string, not a message"}""");
        await harness.Fake.SendRawAsync(0, """{"op":0,"s":91,"t":"MESSAGE_CREATE","d":{"id":"not-a-snowflake","content":"PRIVATE WORDS"}}""");
        await harness.Fake.SendRawAsync(0, """{"op":0,"s":92,"t":"GUILD_CREATE","d":{"name":"no id"}}""");
        await harness.Fake.SendRawAsync(0, """{"op":0,"s":93,"t":"TYPING_START","d":{"channel_id":"1"}}""");
        await harness.Fake.SendRawAsync(0, """{"op":42,"d":null}""");
        await harness.Fake.SendRawAsync(0, "null");
        await harness.Fake.SendMessageCreateAsync(GuildId, 5, "still listening");

        var next = await harness.NextAsync();
        var message = Assert.IsType<MessageCreateEvent>(next);
        Assert.Equal("still listening", message.Message.Content);
        Assert.Equal(GatewayShardState.Ready, shard.Status.State);
        Assert.Single(harness.Fake.Connections);
        Assert.Equal(5, harness.Log.Entries.Count(e => e.Message.Contains("malformed", StringComparison.Ordinal)));
        Assert.DoesNotContain(harness.Log.Entries, e => e.Message.Contains("PRIVATE WORDS", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_a_larger_sequence_number_moves_the_stored_sequence()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var shard = harness.StartShard(random: 0.5);
        await harness.NextAsync<ReadyEvent>();

        await harness.Fake.SendRawAsync(0, """{"op":0,"s":100,"t":"TYPING_START","d":{}}""");
        await harness.Fake.SendRawAsync(0, """{"op":0,"s":50,"t":"TYPING_START","d":{}}""");
        await harness.Fake.SendRawAsync(0, """{"op":0,"s":null,"t":"TYPING_START","d":{}}""");
        await harness.Fake.RequestHeartbeatAsync(0);
        await harness.WaitForFakeAsync(f => f.Heartbeats.Count == 1);

        Assert.Equal(100, harness.Fake.Heartbeats[0].Data!.GetValue<long>());
        Assert.Equal(100, shard.LastSequence);
    }

    [Fact]
    public async Task Interactions_arrive_typed_with_their_shard_and_arrival_time()
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.Fake.AddGuild(GuildId, "Alpha");
        harness.StartShard(random: 0.5);
        await harness.NextAsync<GuildCreateEvent>();
        harness.Time.Advance(TimeSpan.FromSeconds(7));
        var arrival = harness.Time.GetUtcNow();

        await harness.Fake.SendInteractionAsync(GuildId, 5, "quote", userId: 77, token: "tok-1");
        var created = await harness.NextAsync<InteractionCreateEvent>();

        Assert.Equal(arrival, created.ReceivedAt);
        Assert.Equal(0, created.ShardId);
        Assert.Equal(InteractionType.ApplicationCommand, created.Interaction.Type);
        Assert.Equal("quote", created.Interaction.Data?.Name);
        Assert.Equal("tok-1", created.Interaction.Token);
        Assert.Equal(new Snowflake(GuildId), created.Interaction.GuildId);
        Assert.Equal(new Snowflake(77), created.Interaction.Invoker?.Id);
    }

    [Fact]
    public async Task Message_events_never_print_their_content()
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.Fake.AddGuild(GuildId, "Alpha");
        harness.StartShard(random: 0.5);
        await harness.NextAsync<GuildCreateEvent>();

        await harness.Fake.SendMessageCreateAsync(GuildId, 5, "PRIVATE WORDS");
        var created = await harness.NextAsync<MessageCreateEvent>();

        Assert.Equal("PRIVATE WORDS", created.Message.Content);
        Assert.DoesNotContain("PRIVATE WORDS", created.ToString(), StringComparison.Ordinal);
    }
}
