using FandomBot.Health;
using FandomBot.Tests.Harness;
using Xunit;

namespace FandomBot.Tests.Gateway;

public sealed class BotLifecycleTests
{
    [Fact]
    public async Task The_bot_identifies_reaches_ready_with_its_guilds_and_reports_healthy()
    {
        await using var bot = await BotTestHost.StartAsync(guilds: [111UL << 22, 222UL << 22]);

        var identify = Assert.Single(bot.Discord.Gateway.Identifies);
        Assert.Contains(BotTestHost.Token, identify.Json, StringComparison.Ordinal);
        var snapshot = await WaitForStatusAsync(bot.StatusFile, s => s.Shards.Count == 1 && s.Shards[0].State == "Ready");
        Assert.True(HealthVerdict.Judge(snapshot, DateTimeOffset.UtcNow, TimeSpan.FromSeconds(45)).Healthy);
    }

    [Fact]
    public async Task Stopping_the_bot_closes_the_gateway_and_marks_the_status_file_stopped()
    {
        var bot = await BotTestHost.StartAsync();
        var statusFile = bot.StatusFile;

        await bot.Host.StopAsync(TestContext.Current.CancellationToken);
        var snapshot = StatusFile.TryRead(statusFile);
        await bot.DisposeAsync();

        Assert.Equal("Stopped", Assert.Single(snapshot!.Shards).State);
        Assert.False(HealthVerdict.Judge(snapshot, DateTimeOffset.UtcNow, TimeSpan.FromSeconds(45)).Healthy);
    }

    private static async Task<StatusSnapshot> WaitForStatusAsync(string path, Func<StatusSnapshot, bool> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        while (true)
        {
            if (StatusFile.TryRead(path) is { } snapshot && condition(snapshot))
            {
                return snapshot;
            }

            await Task.Delay(20, timeout.Token);
        }
    }
}
