using System.Text.Json.Nodes;
using FandomBot.Discord.Fake;
using FandomBot.Discord.Fake.Gateway;
using FandomBot.Discord.Fake.Rest;
using FandomBot.EndToEnd.Tests.Sharding;
using Xunit;
using O = FandomBot.Discord.Fake.Gateway.FakeInteractionOption;

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

        // Back: a settings change must reach the database again. A pooled session killed by the outage may fail
        // one attempt (the moderator is told so); the bot must reconnect rather than stay broken.
        var saved = false;
        for (var attempt = 0; attempt < 10 && !saved; attempt++)
        {
            var off = FakeInteraction.SlashCommand("reminders", O.Subcommand("off")).AsModerator().InGuild(Guild).By(author++);
            await off.SendAsync(discord.Gateway);
            var answer = await discord.Rest.WaitForRequestAsync(
                r => r.Route == FakeRoutes.InteractionCallback && r.Path.Contains($"/interactions/{off.Id}/", StringComparison.Ordinal),
                RunningBot.Patience,
                ct);
            saved = (answer.Body?["data"] as JsonObject)?["content"]?.GetValue<string>() == "Reminders are off.";
            TestContext.Current.TestOutputHelper?.WriteLine($"attempt {attempt + 1}: {answer.Body?["data"]?["content"]}");
        }

        Assert.True(saved, "No /reminders off was saved after PostgreSQL came back.");
        Assert.False(bot.Process.HasExited);
    }
}
