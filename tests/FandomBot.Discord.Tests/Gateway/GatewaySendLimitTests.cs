using FandomBot.Discord.Gateway;
using FandomBot.Discord.Gateway.Events;
using Xunit;

namespace FandomBot.Discord.Tests.Gateway;

public sealed class GatewaySendLimitTests
{
    [Fact]
    public async Task Keeps_under_the_send_budget_and_lets_heartbeats_through_when_it_is_spent()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var shard = harness.StartShard(random: 0.5);
        await harness.NextAsync<ReadyEvent>();
        var presence = new GatewayPresence("online", "reading fan wikis");

        var sends = Enumerable.Range(0, 150).Select(_ => shard.UpdatePresenceAsync(presence, harness.Timeout)).ToList();
        // IDENTIFY took one ordinary slot: 110 ordinary commands per 60 s leaves 109 presence updates.
        await harness.WaitForFakeAsync(f => f.Commands.Count(c => c.Op == 3) == 109);
        await harness.Time.WaitForTimerAsync(d => d > TimeSpan.FromSeconds(59) && d <= TimeSpan.FromSeconds(60), harness.Timeout);
        Assert.Equal(109, harness.Fake.Commands.Count(c => c.Op == 3));

        // Heartbeats still go out although ordinary commands are waiting.
        await harness.Fake.RequestHeartbeatAsync(0);
        await harness.WaitForFakeAsync(f => f.Heartbeats.Count == 1);

        harness.Time.Advance(TimeSpan.FromSeconds(60));
        await harness.WaitForFakeAsync(f => f.Commands.Count(c => c.Op == 3) == 150);
        Assert.All(await Task.WhenAll(sends), Assert.True);

        Assert.InRange(harness.Fake.MaxCommandsPerMinute, 1, GatewaySendLimiter.Budget);
        Assert.Single(harness.Fake.Connections);
    }

    [Fact]
    public async Task Refuses_a_command_over_4096_bytes_before_it_reaches_discord()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var shard = harness.StartShard(random: 0.5);
        await harness.NextAsync<ReadyEvent>();

        var tooLarge = new GatewayPresence("online", new string('x', 5000));
        var error = await Assert.ThrowsAsync<GatewayPayloadTooLargeException>(() => shard.UpdatePresenceAsync(tooLarge, harness.Timeout));
        Assert.True(await shard.UpdatePresenceAsync(new GatewayPresence("idle", "fits"), harness.Timeout));
        await harness.WaitForFakeAsync(f => f.Commands.Any(c => c.Op == 3));

        Assert.True(error.Size > GatewayShard.MaxPayloadBytes);
        Assert.Equal(0, harness.Fake.OversizedPayloads);
        Assert.Equal("idle", Assert.Single(harness.Fake.Commands, c => c.Op == 3).Data!["status"]!.GetValue<string>());
        Assert.Single(harness.Fake.Connections);
    }

    [Fact]
    public async Task The_fake_server_closes_with_4002_when_a_payload_is_over_the_limit()
    {
        await using var harness = await GatewayHarness.StartAsync();
        using var socket = new System.Net.WebSockets.ClientWebSocket();
        await socket.ConnectAsync(new Uri(harness.Server.GatewayUrl + "?v=10&encoding=json"), harness.Timeout);
        var buffer = new byte[8192];
        await socket.ReceiveAsync(buffer, harness.Timeout);

        await socket.SendAsync(new byte[GatewayShard.MaxPayloadBytes + 1], System.Net.WebSockets.WebSocketMessageType.Text, true, harness.Timeout);
        var result = await socket.ReceiveAsync(buffer, harness.Timeout);

        Assert.Equal(System.Net.WebSockets.WebSocketMessageType.Close, result.MessageType);
        Assert.Equal(4002, (int?)socket.CloseStatus);
        Assert.Equal(1, harness.Fake.OversizedPayloads);
    }

    [Fact]
    public async Task The_fake_server_closes_with_4008_past_120_commands_a_minute()
    {
        await using var harness = await GatewayHarness.StartAsync();
        using var socket = new System.Net.WebSockets.ClientWebSocket();
        await socket.ConnectAsync(new Uri(harness.Server.GatewayUrl + "?v=10&encoding=json"), harness.Timeout);
        var buffer = new byte[8192];
        await socket.ReceiveAsync(buffer, harness.Timeout);
        harness.Fake.AcknowledgeHeartbeats = false;

        var heartbeat = System.Text.Encoding.UTF8.GetBytes("""{"op":1,"d":null}""");
        for (var i = 0; i < 121; i++)
        {
            await socket.SendAsync(heartbeat, System.Net.WebSockets.WebSocketMessageType.Text, true, harness.Timeout);
        }

        var result = await socket.ReceiveAsync(buffer, harness.Timeout);

        Assert.Equal(System.Net.WebSockets.WebSocketMessageType.Close, result.MessageType);
        Assert.Equal(4008, (int?)socket.CloseStatus);
        Assert.Equal(121, harness.Fake.MaxCommandsPerMinute);
    }
}
