using System.Globalization;
using System.Text.Json.Nodes;
using FandomBot.Discord.Fake;
using FandomBot.Discord.Fake.Gateway;
using FandomBot.Discord.Fake.Rest;
using Xunit;
using O = FandomBot.Discord.Fake.Gateway.FakeInteractionOption;

namespace FandomBot.EndToEnd.Tests.Faults;

/// <summary>The real process is killed (SIGKILL) while moderators change settings; SQLite holds them.</summary>
public sealed class HardKillTests
{
    private const int Changes = 60;
    private const int FirstHalf = Changes / 2;

    [Fact]
    public async Task Sigkill_during_a_burst_of_cooldown_changes_loses_none_that_was_acknowledged()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = Directory.CreateTempSubdirectory("fandombot-kill-").FullName;
        var guilds = Enumerable.Range(0, Changes).Select(i => (ulong)(400 + i) << 22).ToList();
        var wanted = new Dictionary<ulong, (ulong Guild, int Minutes)>();

        await using (var discord = await FakeDiscordServer.StartAsync(cancellationToken: ct))
        {
            guilds.ForEach(g => discord.Gateway.AddGuild(g, "Kill test"));
            await using var bot = await RunningBot.StartAsync(discord, guildCount: Changes, folder: folder);
            var changes = Enumerable.Range(0, Changes).Select(i =>
            {
                var change = FakeInteraction.SlashCommand("reminders", O.Subcommand("cooldown", O.WholeNumber("minutes", 20 + i)))
                    .AsModerator().InGuild(guilds[i]).By(50_000 + (ulong)i);
                wanted[change.Id] = (guilds[i], 20 + i);
                return change;
            }).ToList();

            // First half acknowledged for sure; then the kill lands as soon as the second half starts being answered.
            foreach (var change in changes.Take(FirstHalf))
            {
                await change.SendAsync(discord.Gateway);
            }

            await RunningBot.WaitUntilAsync(() => Acknowledged(discord, wanted).Count >= FirstHalf, $"{FirstHalf} acknowledged changes");
            var secondHalf = changes.Skip(FirstHalf).Select(c => c.Id).ToHashSet();
            var firstOfSecondHalf = discord.Rest.WaitForRequestAsync(
                r => r.Route == FakeRoutes.InteractionCallback && secondHalf.Contains(InteractionIdOf(r)), RunningBot.Patience, ct);
            foreach (var change in changes.Skip(FirstHalf))
            {
                await change.SendAsync(discord.Gateway);
            }

            await firstOfSecondHalf;
            await bot.KillAsync();

            // Nothing can arrive from a dead process: this is the final list of what the moderators were told.
            var acknowledged = Acknowledged(discord, wanted);
            Assert.InRange(acknowledged.Count, FirstHalf, Changes);
            TestContext.Current.TestOutputHelper?.WriteLine($"{acknowledged.Count} of {Changes} changes acknowledged before SIGKILL");
            wanted = acknowledged.ToDictionary(id => id, id => wanted[id]);
        }

        await using (var discord = await FakeDiscordServer.StartAsync(cancellationToken: ct))
        {
            guilds.ForEach(g => discord.Gateway.AddGuild(g, "Kill test"));
            await using var bot = await RunningBot.StartAsync(discord, guildCount: Changes, folder: folder);
            var statuses = new List<(FakeInteraction Status, int Minutes)>();
            foreach (var (guild, minutes) in wanted.Values)
            {
                var status = FakeInteraction.SlashCommand("reminders", O.Subcommand("status")).AsModerator().InGuild(guild);
                statuses.Add((status, minutes));
                await status.SendAsync(discord.Gateway);
            }

            foreach (var (status, minutes) in statuses)
            {
                var answer = await CallbackAsync(discord, status.Id);
                Assert.Contains($"Cooldown: {minutes} minutes per member", ContentOf(answer), StringComparison.Ordinal);
            }
        }
    }

    /// <summary>The changes whose success the moderator saw (a callback saying the cooldown is set).</summary>
    private static List<ulong> Acknowledged(FakeDiscordServer discord, Dictionary<ulong, (ulong Guild, int Minutes)> changes) =>
        [.. discord.Rest.RequestsTo(FakeRoutes.InteractionCallback)
            .Select(r => (Id: InteractionIdOf(r), Content: ContentOf(r)))
            .Where(c => changes.TryGetValue(c.Id, out var change) && c.Content.Contains($"now waits {change.Minutes} minutes", StringComparison.Ordinal))
            .Select(c => c.Id)
            .Distinct()];

    private static Task<RecordedRequest> CallbackAsync(FakeDiscordServer discord, ulong interactionId) =>
        discord.Rest.WaitForRequestAsync(
            r => r.Route == FakeRoutes.InteractionCallback && InteractionIdOf(r) == interactionId,
            RunningBot.Patience,
            TestContext.Current.CancellationToken);

    private static ulong InteractionIdOf(RecordedRequest request)
    {
        // /api/v10/interactions/{id}/{token}/callback
        var parts = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var at = Array.IndexOf(parts, "interactions");
        return at >= 0 && ulong.TryParse(parts[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
    }

    private static string ContentOf(RecordedRequest request) =>
        (request.Body?["data"] as JsonObject)?["content"]?.GetValue<string>() ?? string.Empty;
}
