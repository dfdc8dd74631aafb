using FandomBot.Discord.Gateway;
using Microsoft.Extensions.Logging;
using Xunit;

namespace FandomBot.Discord.Tests.Gateway;

public sealed class GatewayShardCloseTests
{
    [Theory]
    [InlineData(4004, "authentication failed")]
    [InlineData(4010, "invalid shard")]
    [InlineData(4011, "sharding required")]
    [InlineData(4012, "invalid API version")]
    [InlineData(4013, "invalid intents")]
    [InlineData(4014, "switch on the Message Content intent in the Developer Portal")]
    public async Task Fatal_close_stops_the_shard_with_one_clear_log_line_and_never_reconnects(int closeCode, string expectedReason)
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.Fake.CloseCodeOnIdentify = closeCode;
        var shard = harness.CreateShard();

        await harness.Run(shard).WaitAsync(harness.Timeout);
        // Whatever time passes afterwards, nothing reconnects: the run is over.
        harness.Time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(GatewayShardState.Stopped, shard.Status.State);
        Assert.Contains(expectedReason, shard.Status.StopReason, StringComparison.Ordinal);
        Assert.Single(harness.Fake.Connections);
        Assert.Single(harness.Fake.Identifies);
        var problems = harness.Log.Entries.Where(e => e.Level >= LogLevel.Warning).ToList();
        var line = Assert.Single(problems);
        Assert.Equal(LogLevel.Critical, line.Level);
        Assert.Contains(expectedReason, line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(GatewayHarness.Token, line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Does_not_connect_when_no_session_start_is_left_and_logs_why_once()
    {
        await using var harness = await GatewayHarness.StartAsync();
        var limit = new FandomBot.Discord.Models.SessionStartLimit { Total = 1000, Remaining = 0, ResetAfter = 60_000, MaxConcurrency = 1 };
        var shard = harness.CreateShard(gate: new FandomBot.Discord.Sharding.IdentifyScheduler([0], limit, harness.Time));

        await harness.Run(shard).WaitAsync(harness.Timeout);

        Assert.Equal(GatewayShardState.Stopped, shard.Status.State);
        Assert.Contains("session start limit is used up", shard.Status.StopReason, StringComparison.Ordinal);
        Assert.Empty(harness.Fake.Connections);
        var line = Assert.Single(harness.Log.Entries, e => e.Level >= LogLevel.Warning);
        Assert.Contains("session start limit is used up", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_drops_reconnect_with_exponential_backoff_and_jitter_capped_at_sixty_seconds()
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.Fake.CloseCodeOnConnect = 1011;
        // NextDouble() = 1 gives the largest jitter (+20 %), so the cap is reached and must hold.
        harness.StartShard(random: 1);

        double[] expectedSeconds = [1.2, 2.4, 4.8, 9.6, 19.2, 38.4, 60, 60];
        for (var attempt = 0; attempt < expectedSeconds.Length; attempt++)
        {
            var wait = TimeSpan.FromSeconds(expectedSeconds[attempt]);
            await harness.Time.WaitForTimerAsync(wait, harness.Timeout);
            Assert.Equal(attempt + 1, harness.Fake.Connections.Count);
            harness.Time.Advance(wait);
            await harness.WaitForFakeAsync(f => f.Connections.Count == attempt + 2);
        }

        harness.Fake.CloseCodeOnConnect = null;
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(60), harness.Timeout);
        harness.Time.Advance(TimeSpan.FromSeconds(60));
        await harness.NextAsync<FandomBot.Discord.Gateway.Events.ReadyEvent>();
        Assert.Single(harness.Fake.Identifies);
    }

    [Fact]
    public async Task Retries_with_backoff_while_the_gateway_cannot_be_reached()
    {
        await using var harness = await GatewayHarness.StartAsync();
        // Port 1 on loopback refuses at once: the same path as a gateway that is down.
        var shard = harness.CreateShard(random: 0, gatewayUrl: new Uri("ws://127.0.0.1:1/gateway"));
        _ = harness.Run(shard);

        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1), harness.Timeout);
        Assert.Equal(GatewayShardState.Reconnecting, shard.Status.State);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(2), harness.Timeout);
        harness.Time.Advance(TimeSpan.FromSeconds(2));
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(4), harness.Timeout);

        Assert.Equal(GatewayShardState.Reconnecting, shard.Status.State);
        Assert.Contains(harness.Log.Entries, e => e.Message.Contains("could not connect", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Backoff_starts_over_after_a_healthy_connection()
    {
        await using var harness = await GatewayHarness.StartAsync();
        harness.StartShard(random: 0);
        await harness.NextAsync<FandomBot.Discord.Gateway.Events.ReadyEvent>();

        // A drop with an ordinary code backs off from 1 s even though the shard was live: the cause is unknown.
        await harness.Fake.CloseAsync(0, 1011);
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1), harness.Timeout);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await harness.NextAsync<FandomBot.Discord.Gateway.Events.ResumedEvent>();

        await harness.Fake.CloseAsync(0, 1011);
        await harness.Time.WaitForTimerAsync(TimeSpan.FromSeconds(1), harness.Timeout);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await harness.NextAsync<FandomBot.Discord.Gateway.Events.ResumedEvent>();

        Assert.Equal(2, harness.Fake.Resumes.Count);
    }
}
