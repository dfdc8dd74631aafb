using System.Globalization;
using System.Text;
using FandomBot.Discord.Fake;
using FandomBot.Discord.Sharding;
using FandomBot.EndToEnd.Tests.Faults;
using Xunit;

namespace FandomBot.EndToEnd.Tests.Sharding;

/// <summary>
/// Many processes started at once, one PostgreSQL: Discord allows one IDENTIFY per 5 s per bucket
/// (<c>shard_id % max_concurrency</c>) for the whole bot, and the fake Discord refuses any faster one as Discord does.
/// </summary>
public sealed class IdentifyCoordinationTests
{
    private const int Processes = 8;
    private const int ShardsPerProcess = 2;
    private const int ShardCount = Processes * ShardsPerProcess;

    /// <summary>
    /// Beyond what the rule itself takes: eight processes starting on a shared two-core machine (the first IDENTIFY
    /// comes from the fastest), our 250 ms safety margin per IDENTIFY, connecting, and the READY itself.
    /// </summary>
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(15);

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task Eight_processes_started_together_never_identify_too_early_and_every_shard_is_ready_in_the_time_the_rule_allows(int maxConcurrency)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await PostgresDatabase.CreateAsync(ct);
        await using var discord = await FakeDiscordServer.StartAsync(cancellationToken: ct);
        discord.Rest.GatewayBot.Shards = ShardCount;
        discord.Rest.GatewayBot.MaxConcurrency = maxConcurrency;
        var perBucket = ShardCount / maxConcurrency;
        var allowed = IdentifyScheduler.BucketInterval * (perBucket - 1);

        var launchedAt = DateTimeOffset.UtcNow;
        List<RunningBot> bots = [];
        try
        {
            for (var process = 0; process < Processes; process++)
            {
                var first = process * ShardsPerProcess;
                bots.Add(RunningBot.Launch(
                    discord,
                    new Dictionary<string, string>
                    {
                        ["Storage__Provider"] = "Postgres",
                        ["Storage__ConnectionString"] = database.ConnectionString,
                        ["Discord__ShardCount"] = ShardCount.ToString(CultureInfo.InvariantCulture),
                        ["Discord__ShardIds"] = string.Create(CultureInfo.InvariantCulture, $"{first}-{first + ShardsPerProcess - 1}"),
                    },
                    shards: [.. Enumerable.Range(first, ShardsPerProcess)]));
            }

            await Task.WhenAll(bots.Select(bot => bot.WaitForShardsAsync(guildCount: 0, allowed + Margin + RunningBot.Patience)));

            var identifies = discord.Gateway.Identifies;
            var sessions = discord.Gateway.Sessions;
            var firstIdentify = identifies.Min(i => i.ReceivedAt);
            var lastReady = sessions.Max(s => s.CreatedAt);
            TestContext.Current.TestOutputHelper?.WriteLine(Describe(maxConcurrency, launchedAt, firstIdentify, allowed, identifies, sessions));

            Assert.Empty(discord.Gateway.IdentifyRateLimitViolations);
            Assert.Equal(ShardCount, identifies.Count);
            Assert.Equal(Enumerable.Range(0, ShardCount), sessions.Select(s => s.ShardId).Order());
            Assert.InRange(lastReady - firstIdentify, allowed, allowed + Margin);
        }
        finally
        {
            foreach (var bot in bots)
            {
                await bot.DisposeAsync();
            }
        }
    }

    private static string Describe(
        int maxConcurrency,
        DateTimeOffset launchedAt,
        DateTimeOffset firstIdentify,
        TimeSpan allowed,
        IReadOnlyList<FandomBot.Discord.Fake.Gateway.FakeGatewayCommand> identifies,
        IReadOnlyCollection<FandomBot.Discord.Fake.Gateway.FakeGatewaySession> sessions)
    {
        var text = new StringBuilder();
        var lastReady = sessions.Max(s => s.CreatedAt);
        text.Append(CultureInfo.InvariantCulture, $"max_concurrency {maxConcurrency}: first IDENTIFY {(firstIdentify - launchedAt).TotalSeconds:0.00} s after launching {Processes} processes; ");
        text.Append(CultureInfo.InvariantCulture, $"last READY {(lastReady - firstIdentify).TotalSeconds:0.00} s after the first IDENTIFY (the rule allows it at {allowed.TotalSeconds:0} s at the earliest)\n");
        foreach (var bucket in sessions.GroupBy(s => s.ShardId % maxConcurrency).OrderBy(b => b.Key))
        {
            var ordered = bucket.OrderBy(s => s.CreatedAt).ToList();
            var gaps = ordered.Zip(ordered.Skip(1), (a, b) => (b.CreatedAt - a.CreatedAt).TotalSeconds);
            text.Append(CultureInfo.InvariantCulture, $"  bucket {bucket.Key}: ");
            text.AppendJoin(", ", ordered.Select(s => string.Create(CultureInfo.InvariantCulture, $"shard {s.ShardId} at {(s.CreatedAt - firstIdentify).TotalSeconds:0.00} s")));
            text.Append(CultureInfo.InvariantCulture, $"; gaps {string.Join(", ", gaps.Select(g => g.ToString("0.00", CultureInfo.InvariantCulture)))} s\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"  {identifies.Count} IDENTIFYs for {sessions.Count} sessions");
        return text.ToString();
    }
}
