using FandomBot.Discord.Fake;
using FandomBot.Discord.Fake.Rest;
using Xunit;

namespace FandomBot.EndToEnd.Tests.Faults;

/// <summary>The real process meets a storm of 429s (route and global) while it sends reminders.</summary>
public sealed class RateLimitStormTests
{
    private const ulong Guild = 301UL << 22;
    private const int Messages = 30;

    [Fact]
    public async Task Storm_of_route_and_global_429s_delays_but_never_loses_or_repeats_a_reminder()
    {
        await using var discord = await FakeDiscordServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        discord.Gateway.AddGuild(Guild, "Storm test");
        await using var bot = await RunningBot.StartAsync(discord, guildCount: 1);

        // Five 429s, fewer than the client's per-request retry limit, so obeying them must deliver everything.
        FakeResponse[] storm =
        [
            FakeResponse.RateLimited(0.4, bucket: "storm-a"),
            FakeResponse.RateLimited(0.5, global: true),
            FakeResponse.RateLimited(0.3, bucket: "storm-b"),
            FakeResponse.Usual,
            FakeResponse.RateLimited(0.4, global: true),
            FakeResponse.Usual,
            FakeResponse.RateLimited(0.3, bucket: "storm-c"),
        ];
        var tooManyRequests = storm.Count(r => r.Status == 429);
        discord.Rest.Script(FakeRoutes.CreateMessage, storm);

        var sent = new List<ulong>();
        for (var i = 0; i < Messages; i++)
        {
            sent.Add(await RunningBot.SendSpeculationAsync(discord, Guild, RunningBot.NextId(), authorId: 20_000 + (ulong)i));
        }

        await RunningBot.WaitUntilAsync(
            () => discord.Rest.RequestsTo(FakeRoutes.CreateMessage).Count >= Messages + tooManyRequests && sent.All(id => RunningBot.RepliesTo(discord, id).Count > 0),
            "every reminder through the storm");
        var sentinel = await RunningBot.SendSpeculationAsync(discord, Guild, RunningBot.NextId(), authorId: 29_999);
        await RunningBot.ReplyToAsync(discord, sentinel);

        // Each 429 costs exactly one retry of the same reminder; anything more is a reminder sent twice.
        var attempts = sent.Sum(id => RunningBot.RepliesTo(discord, id).Count);
        Assert.Equal(Messages + tooManyRequests, attempts);
        Assert.All(sent, id => Assert.InRange(RunningBot.RepliesTo(discord, id).Count, 1, 1 + tooManyRequests));
        Assert.Empty(discord.Rest.ContractViolations);
    }
}
