using FandomBot.Discord.Fake;
using FandomBot.Discord.Gateway;
using FandomBot.Discord.Gateway.Events;
using Xunit;

namespace FandomBot.Discord.Tests.Gateway;

/// <summary>
/// When the server closes the connection, the client answers the close frame before acting on the code: a server that
/// never gets the answer records 1006 (abnormal closure), as if the client had crashed.
/// </summary>
public sealed class GatewayServerCloseHandshakeTests
{
    [Theory]
    [InlineData(4000)]
    [InlineData(4002)]
    [InlineData(4008)]
    public async Task Echoes_a_resumable_close_then_resumes(int closeCode)
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.StartShard(random: 0.5);
        var ready = await harness.NextAsync<ReadyEvent>();
        var closed = harness.Fake.Connections[0].Id;

        await harness.Fake.CloseAsync(0, closeCode);
        await harness.NextAsync<ResumedEvent>();
        await harness.WaitForFakeAsync(f => f.ClientCloseCodes.ContainsKey(closed));

        Assert.Equal(closeCode, harness.Fake.ClientCloseCodes[closed]);
        Assert.Equal(ready.SessionId, Assert.Single(harness.Fake.Resumes).Data!["session_id"]!.GetValue<string>());
        Assert.Single(harness.Fake.Identifies);
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task Echoes_a_close_that_ends_the_session_then_identifies_afresh(int closeCode)
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.LeaveIdentifyPacingToTheGate();
        harness.StartShard(random: 0);
        await harness.NextAsync<ReadyEvent>();
        var closed = harness.Fake.Connections[0].Id;

        await harness.Fake.CloseAsync(0, closeCode);
        await harness.WaitForFakeAsync(f => f.ClientCloseCodes.ContainsKey(closed));
        Assert.Equal(closeCode, harness.Fake.ClientCloseCodes[closed]);
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1), harness.Timeout);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await harness.NextAsync<ReadyEvent>();

        Assert.Equal(2, harness.Fake.Identifies.Count);
        Assert.Empty(harness.Fake.Resumes);
    }

    [Fact]
    public async Task Echoes_a_fatal_close_then_stops()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var shard = harness.CreateShard();
        var run = harness.Run(shard);
        await harness.NextAsync<ReadyEvent>();
        var closed = harness.Fake.Connections[0].Id;

        await harness.Fake.CloseAsync(0, 4004);
        await run.WaitAsync(harness.Timeout);
        await harness.WaitForFakeAsync(f => f.ClientCloseCodes.ContainsKey(closed));

        Assert.Equal(4004, harness.Fake.ClientCloseCodes[closed]);
        Assert.Equal(GatewayShardState.Stopped, shard.Status.State);
        Assert.Contains("authentication failed", shard.Status.StopReason, StringComparison.Ordinal);
        Assert.Single(harness.Fake.Connections);
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(1001)]
    public async Task Answers_a_normal_close_with_a_code_that_keeps_the_session_then_resumes(int closeCode)
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.StartShard(random: 0);
        var ready = await harness.NextAsync<ReadyEvent>();
        var closed = harness.Fake.Connections[0].Id;

        await harness.Fake.CloseAsync(0, closeCode);
        await harness.WaitForFakeAsync(f => f.ClientCloseCodes.ContainsKey(closed));

        // Echoing 1000/1001 would end the session on Discord's side; the shard means to resume it.
        Assert.Equal(GatewayCloseCodes.ClientReconnect, harness.Fake.ClientCloseCodes[closed]);
        Assert.NotEqual(FakeGateway.AbnormalClosure, harness.Fake.ClientCloseCodes[closed]);
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1), harness.Timeout);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await harness.NextAsync<ResumedEvent>();
        Assert.Equal(ready.SessionId, Assert.Single(harness.Fake.Resumes).Data!["session_id"]!.GetValue<string>());
    }
}
