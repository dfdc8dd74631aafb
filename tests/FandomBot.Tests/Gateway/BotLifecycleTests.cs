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
    public async Task The_status_file_counts_guilds_that_arrive_after_ready_and_keeps_them_across_a_resume()
    {
        await using var bot = await BotTestHost.StartAsync(guilds: [111UL << 22, 222UL << 22, 333UL << 22]);

        // GUILD_CREATEs come after READY: the count must follow them, not stay at what it was when the state changed.
        var ready = await WaitForStatusAsync(bot.StatusFile, s => s.Shards.Count == 1 && s.Shards[0].State == "Ready" && s.Shards[0].Guilds == 3);

        // After RESUMED Discord sends no GUILD_CREATE again: the shard's guilds are still its guilds.
        await bot.Discord.Gateway.SendReconnectAsync(0);
        var resumed = await WaitForStatusAsync(bot.StatusFile, s => s.Shards.Count == 1 && s.Shards[0].State == "Resumed");

        Assert.Equal(3, ready.Shards[0].Guilds);
        Assert.Equal(3, resumed.Shards[0].Guilds);
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

    [Fact]
    public async Task Stopping_the_bot_hands_its_session_over_with_a_close_frame_and_stores_it_for_the_next_start()
    {
        var bot = await BotTestHost.StartAsync();

        await bot.Host.StopAsync(TestContext.Current.CancellationToken);
        var closeCode = Assert.Single(bot.Discord.Gateway.ClientCloseCodes).Value;
        var sessionId = Assert.Single(bot.Discord.Gateway.Sessions).SessionId;
        string? stored;
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={bot.DatabasePath};Pooling=false"))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var query = connection.CreateCommand();
            query.CommandText = "SELECT session_id FROM gateway_sessions WHERE shard_id = 0";
            stored = (string?)await query.ExecuteScalarAsync(TestContext.Current.CancellationToken);
        }

        await bot.DisposeAsync();

        Assert.Equal(FandomBot.Discord.Gateway.GatewayCloseCodes.Handover, closeCode);
        Assert.Equal(sessionId, stored);
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
