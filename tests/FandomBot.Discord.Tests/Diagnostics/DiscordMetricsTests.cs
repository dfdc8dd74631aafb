using FandomBot.Discord.Diagnostics;
using FandomBot.Discord.Fake.Rest;
using FandomBot.Discord.Models;
using FandomBot.Discord.Tests.Rest;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Xunit;

namespace FandomBot.Discord.Tests.Diagnostics;

public sealed class DiscordMetricsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Rest_requests_record_their_latency_and_429s_are_counted()
    {
        using var durations = new MetricCollector<double>(null, DiscordMetrics.MeterName, "fandombot.discord.rest.duration");
        using var limited = new MetricCollector<long>(null, DiscordMetrics.MeterName, "fandombot.discord.rest.rate_limited");
        await using var h = await RestHarness.StartAsync();
        h.Rest.Script(FakeRoutes.CreateMessage, FakeResponse.RateLimited(1.5, bucket: "bucket-metrics"));

        var result = await h.RunThroughWaitsAsync(h.Client.CreateMessageAsync(new Snowflake(4242), OutgoingMessage.FromText("hi"), Ct));

        Assert.True(result.IsSuccess);
        var createMessage = durations.GetMeasurementSnapshot().Where(m => (string?)m.Tags["route"] == FakeRoutes.CreateMessage).ToList();
        // Other tests run in parallel on the same static meter: look for our two answers, not for an exact list.
        Assert.Contains(createMessage, m => (int)m.Tags["status"]! == 429);
        Assert.Contains(createMessage, m => (int)m.Tags["status"]! == 200);
        Assert.All(createMessage, m => Assert.True(m.Value >= 0));
        Assert.Contains(limited.GetMeasurementSnapshot(), m => (string?)m.Tags["route"] == FakeRoutes.CreateMessage && m.Value == 1);
    }
}
