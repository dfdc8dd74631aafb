using FandomBot.Discord.Fake;
using Xunit;

namespace FandomBot.EndToEnd.Tests.Faults;

/// <summary>The real process loses its gateway connection in the middle of a burst of messages.</summary>
public sealed class GatewayDropTests
{
    private const ulong Guild = 300UL << 22;
    private const int BurstSize = 200;

    [Fact]
    public async Task Gateway_closed_with_a_resumable_code_mid_burst_resumes_and_answers_every_message_exactly_once()
    {
        await using var discord = await FakeDiscordServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        discord.Gateway.AddGuild(Guild, "Drop test");
        await using var bot = await RunningBot.StartAsync(discord, guildCount: 1);

        var sent = new List<ulong>();
        for (var i = 0; i < BurstSize / 2; i++)
        {
            sent.Add(await RunningBot.SendSpeculationAsync(discord, Guild, RunningBot.NextId(), authorId: 10_000 + (ulong)i));
        }

        // Refuse reconnections until the second half is sent: those dispatches then exist only in the session's
        // history, so only a RESUME (replay from the last sequence seen) can deliver them.
        discord.Gateway.CloseCodeOnConnect = 4000;
        await discord.Gateway.CloseAsync(0, 4000);
        for (var i = BurstSize / 2; i < BurstSize; i++)
        {
            sent.Add(await RunningBot.SendSpeculationAsync(discord, Guild, RunningBot.NextId(), authorId: 10_000 + (ulong)i));
        }

        discord.Gateway.CloseCodeOnConnect = null;

        await RunningBot.WaitUntilAsync(() => sent.All(id => RunningBot.RepliesTo(discord, id).Count > 0), "a reminder for each of the 200 messages");
        var sentinel = await RunningBot.SendSpeculationAsync(discord, Guild, RunningBot.NextId(), authorId: 99_999);
        await RunningBot.ReplyToAsync(discord, sentinel);

        Assert.All(sent, id => Assert.Single(RunningBot.RepliesTo(discord, id)));
        Assert.Single(discord.Gateway.Identifies);
        Assert.NotEmpty(discord.Gateway.Resumes);
    }
}
