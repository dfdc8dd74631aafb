using FandomBot.Discord.Fake;
using FandomBot.Discord.Fake.Gateway;
using FandomBot.EndToEnd.Tests.Faults;
using Xunit;
using O = FandomBot.Discord.Fake.Gateway.FakeInteractionOption;

namespace FandomBot.EndToEnd.Tests.Sharding;

/// <summary>Two real processes with disjoint shards and one PostgreSQL behave as one bot.</summary>
public sealed class ShardedProcessesTests
{
    private const int ShardCount = 4;
    private const int GuildCount = 40;

    // Guild i lives on shard i % 4 (500 is a multiple of 4): guilds 0 and 4 on shard 0, guilds 3 and 7 on shard 3.
    private static readonly IReadOnlyList<ulong> Guilds = [.. Enumerable.Range(0, GuildCount).Select(i => (ulong)(500 + i) << 22)];

    private static ulong _nextAuthor = 60_000;

    [Fact]
    public async Task Two_processes_with_disjoint_shards_answer_each_guild_once_and_share_settings_across_a_shard_swap()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await PostgresDatabase.CreateAsync(ct);
        var (offOnShard0, offOnShard3) = (Guilds[0], Guilds[3]);
        var (stillOnShard0, stillOnShard3) = (Guilds[4], Guilds[7]);

        await using (var discord = await StartDiscordAsync())
        {
            await using var first = await StartAsync(discord, database, "0-1", [0, 1]);
            Assert.Equal([0, 1], ShardsIdentified(discord));
            await using var second = await StartAsync(discord, database, "2-3", [2, 3]);
            Assert.Equal([0, 1, 2, 3], ShardsIdentified(discord));
            Assert.Equal(ShardCount, discord.Gateway.Identifies.Count);

            var sent = new List<ulong>();
            foreach (var guild in Guilds)
            {
                sent.Add(await RunningBot.SendSpeculationAsync(discord, guild, RunningBot.NextId(), NextAuthor()));
            }

            await RunningBot.WaitUntilAsync(() => sent.All(id => RunningBot.RepliesTo(discord, id).Count > 0), "a reminder in each of the 40 guilds");
            await SettleAsync(discord, stillOnShard0, stillOnShard3);
            Assert.All(sent, id => Assert.Single(RunningBot.RepliesTo(discord, id)));

            // Each moderator's command reaches only the process owning the guild's shard (the fake routes it there).
            await TurnRemindersOffAsync(discord, offOnShard0);
            await TurnRemindersOffAsync(discord, offOnShard3);
            await AssertRemindersOffAsync(discord, offOnShard0, offOnShard3, stillOnShard0, stillOnShard3);

            Assert.Equal(0, await first.StopAsync());
            Assert.Equal(0, await second.StopAsync());
        }

        // Swapped: each guild is now handled by the process that did not receive its /reminders off.
        await using (var discord = await StartDiscordAsync())
        {
            await using var first = await StartAsync(discord, database, "2-3", [2, 3]);
            await using var second = await StartAsync(discord, database, "0-1", [0, 1]);
            Assert.Equal([0, 1, 2, 3], ShardsIdentified(discord));

            await AssertRemindersOffAsync(discord, offOnShard0, offOnShard3, stillOnShard0, stillOnShard3);
        }
    }

    private static ulong NextAuthor() => Interlocked.Increment(ref _nextAuthor);

    private static async Task<FakeDiscordServer> StartDiscordAsync()
    {
        var discord = await FakeDiscordServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        discord.Rest.GatewayBot.Shards = ShardCount;

        // Shards in different rate-limit keys may identify together, as on a large bot; keeps the test short.
        discord.Rest.GatewayBot.MaxConcurrency = ShardCount;
        foreach (var guild in Guilds)
        {
            discord.Gateway.AddGuild(guild, "Sharding test");
        }

        return discord;
    }

    private static Task<RunningBot> StartAsync(FakeDiscordServer discord, PostgresDatabase database, string shardIds, IReadOnlyList<int> shards) =>
        RunningBot.StartAsync(
            discord,
            guildCount: GuildCount / ShardCount * shards.Count,
            new Dictionary<string, string>
            {
                ["Storage__Provider"] = "Postgres",
                ["Storage__ConnectionString"] = database.ConnectionString,
                ["Storage__PollIntervalSeconds"] = "1",
                ["Discord__ShardCount"] = "4",
                ["Discord__ShardIds"] = shardIds,
            },
            shards: shards);

    /// <summary>The shard ids named by every IDENTIFY so far, in order.</summary>
    private static List<int> ShardsIdentified(FakeDiscordServer discord) =>
        [.. discord.Gateway.Identifies.Select(i => i.Data!["shard"]![0]!.GetValue<int>()).Order()];

    private static async Task TurnRemindersOffAsync(FakeDiscordServer discord, ulong guild)
    {
        var off = FakeInteraction.SlashCommand("reminders", O.Subcommand("off")).AsModerator().InGuild(guild).By(NextAuthor());
        await off.SendAsync(discord.Gateway);
        Assert.Equal("Reminders are off.", RunningBot.ContentOf(await RunningBot.CallbackAsync(discord, off.Id)));
    }

    /// <summary>
    /// Speculation in the two guilds whose reminders are off gets nothing, while the same shards still answer other
    /// guilds: each shard handles its events in order, so the later guild's reply proves the earlier message was seen.
    /// </summary>
    private static async Task AssertRemindersOffAsync(FakeDiscordServer discord, ulong offOnShard0, ulong offOnShard3, ulong stillOnShard0, ulong stillOnShard3)
    {
        var silent = new[]
        {
            await RunningBot.SendSpeculationAsync(discord, offOnShard0, RunningBot.NextId(), NextAuthor()),
            await RunningBot.SendSpeculationAsync(discord, offOnShard3, RunningBot.NextId(), NextAuthor()),
        };
        await SettleAsync(discord, stillOnShard0, stillOnShard3);
        Assert.All(silent, id => Assert.Empty(RunningBot.RepliesTo(discord, id)));
    }

    private static async Task SettleAsync(FakeDiscordServer discord, params ulong[] guilds)
    {
        foreach (var guild in guilds)
        {
            var sentinel = await RunningBot.SendSpeculationAsync(discord, guild, RunningBot.NextId(), NextAuthor());
            await RunningBot.ReplyToAsync(discord, sentinel);
        }
    }
}
