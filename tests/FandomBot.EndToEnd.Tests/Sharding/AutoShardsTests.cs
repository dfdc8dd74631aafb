using FandomBot.Discord.Fake;
using FandomBot.EndToEnd.Tests.Faults;
using Xunit;

namespace FandomBot.EndToEnd.Tests.Sharding;

/// <summary>
/// <c>Discord:ShardIds=auto</c> in the real process: a pod named as a StatefulSet names it takes its share of the
/// shards, says so through <c>fandombot health</c>, and a pod the process count does not cover refuses to start.
/// </summary>
public sealed class AutoShardsTests
{
    private const int ShardCount = 4;

    // Guild i lives on shard i (500 is a multiple of 4).
    private static readonly IReadOnlyList<ulong> Guilds = [.. Enumerable.Range(0, ShardCount).Select(i => (ulong)(500 + i) << 22)];

    [Fact]
    public async Task Pod_fandombot_1_of_two_runs_shards_1_and_3_and_health_says_ready_then_stopped()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var discord = await FakeDiscordServer.StartAsync(cancellationToken: ct);
        discord.Rest.GatewayBot.Shards = 1;
        discord.Rest.GatewayBot.MaxConcurrency = ShardCount;
        foreach (var guild in Guilds)
        {
            discord.Gateway.AddGuild(guild, "Auto shards");
        }

        var folder = Directory.CreateTempSubdirectory("fandombot-auto-").FullName;
        await using var bot = await RunningBot.StartAsync(
            discord,
            guildCount: 2,
            new Dictionary<string, string>
            {
                ["HOSTNAME"] = "fandombot-1",
                ["Discord__ShardIds"] = "auto",
                ["Discord__ShardCount"] = "4",
                ["Discord__ProcessCount"] = "2",
            },
            folder,
            shards: [1, 3]);

        // Its share of the configured count, not of Discord's recommendation (1).
        Assert.Equal([1, 3], discord.Gateway.Identifies.Select(i => i.Data!["shard"]![0]!.GetValue<int>()).Order());
        Assert.All(discord.Gateway.Identifies, i => Assert.Equal(ShardCount, i.Data!["shard"]![1]!.GetValue<int>()));
        Assert.Contains("auto: process 1 of 0..1", bot.Process.Output, StringComparison.Ordinal);
        var message = await RunningBot.SendSpeculationAsync(discord, Guilds[3], RunningBot.NextId(), 61_000);
        await RunningBot.ReplyToAsync(discord, message);

        Assert.Equal(0, await HealthAsync(folder, "--ready", expected: 0));
        Assert.Equal(0, await HealthAsync(folder, "--live", expected: 0));

        Assert.Equal(0, await bot.StopAsync());
        Assert.Equal(1, await HealthAsync(folder, "--ready", expected: 1));
    }

    [Fact]
    public async Task A_pod_beyond_the_process_count_exits_2_with_one_line_naming_the_key()
    {
        var (exitCode, output, error) = await BotProcess.RunAsync(["run"], new Dictionary<string, string>
        {
            ["DISCORD_TOKEN"] = RunningBot.Token,
            ["HOSTNAME"] = "fandombot-2",
            ["Discord__ShardIds"] = "auto",
            ["Discord__ShardCount"] = "4",
            ["Discord__ProcessCount"] = "2",
        });

        Assert.Equal(2, exitCode);
        Assert.Equal(
            "Discord:ProcessCount is 2, but the host name 'fandombot-2' makes this process 2 (processes are 0..1): set Discord:ProcessCount to the StatefulSet's replicas.",
            error.Trim());
        Assert.DoesNotContain(RunningBot.Token, output + error, StringComparison.Ordinal);
    }

    /// <summary>
    /// Runs <c>fandombot health FLAG</c> until it exits with <paramref name="expected"/> (the status file follows a
    /// shard change within a second) or the tries run out; returns the last exit code.
    /// </summary>
    private static async Task<int> HealthAsync(string folder, string flag, int expected)
    {
        var exitCode = -1;
        for (var attempt = 0; attempt < 40 && exitCode != expected; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(250, TestContext.Current.CancellationToken);
            }

            (exitCode, _, _) = await BotProcess.RunAsync(["health", flag], new Dictionary<string, string> { ["Health__StatusFile"] = Path.Combine(folder, "status.json") });
        }

        return exitCode;
    }
}
