using FandomBot.Discord.Fake;
using FandomBot.EndToEnd.Tests.Sharding;
using Xunit;

namespace FandomBot.EndToEnd.Tests.Faults;

/// <summary>The real process loses its PostgreSQL in the middle of traffic.</summary>
public sealed class PostgresOutageTests
{
    private const ulong Guild = 303UL << 22;
    private const int MessagesDuringOutage = 20;

    [Fact]
    public async Task PostgreSQL_down_during_traffic_the_bot_answers_from_its_cache_and_reconnects_when_it_is_back()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await PostgresDatabase.CreateAsync(ct);
        await using var discord = await FakeDiscordServer.StartAsync(cancellationToken: ct);
        discord.Gateway.AddGuild(Guild, "Outage test");
        await using var bot = await RunningBot.StartAsync(discord, guildCount: 1, new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["Storage__ConnectionString"] = database.ConnectionString,
            ["Storage__PollIntervalSeconds"] = "1",
        });
        ulong author = 70_000;
        await RunningBot.ReplyToAsync(discord, await RunningBot.SendSpeculationAsync(discord, Guild, RunningBot.NextId(), author++));

        await database.GoDownAsync();
        var sent = new List<ulong>();
        for (var i = 0; i < MessagesDuringOutage; i++)
        {
            sent.Add(await RunningBot.SendSpeculationAsync(discord, Guild, RunningBot.NextId(), author++));
        }

        await RunningBot.WaitUntilAsync(() => sent.All(id => RunningBot.RepliesTo(discord, id).Count > 0), "reminders while PostgreSQL is down");
        Assert.All(sent, id => Assert.Single(RunningBot.RepliesTo(discord, id)));

        await database.ComeBackAsync();

        // Back: a settings change must reach the database again (one attempt may meet a pooled session the outage
        // killed); the bot must reconnect rather than stay broken.
        var attempts = await RunningBot.TurnRemindersOffAsync(discord, Guild, moderatorId: author + 1_000);
        Assert.True(attempts > 0, "No /reminders off was saved after PostgreSQL came back.");
        Assert.False(bot.Process.HasExited);
    }
}
