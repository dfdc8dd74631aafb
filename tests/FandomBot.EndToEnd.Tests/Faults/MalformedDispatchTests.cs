using FandomBot.Discord.Fake;
using Xunit;

namespace FandomBot.EndToEnd.Tests.Faults;

/// <summary>The real process receives malformed gateway payloads in the middle of normal traffic.</summary>
public sealed class MalformedDispatchTests
{
    private const ulong Guild = 302UL << 22;

    // Unnumbered (s: null), so they cannot disturb the sequence a resume would need.
    private static readonly string[] Malformed =
    [
        "this is not json {",
        """{"op":0,"t":"MESSAGE_CREATE","s":null,"d":null}""",
        """{"op":0,"t":"MESSAGE_CREATE","s":null,"d":{"id":"not-a-snowflake","channel_id":12,"author":"nobody","content":5}}""",
        """{"op":0,"t":"MESSAGE_CREATE","s":null,"d":{"id":"1","channel_id":"2","guild_id":"1258291200","author":{"id":[]},"content":"kit connor is lowkey gay"}}""",
        """{"op":0,"t":"GUILD_CREATE","s":null,"d":{"id":{"nested":true},"name":7}}""",
        """{"op":0,"t":"INTERACTION_CREATE","s":null,"d":{"type":"two","data":[]}}""",
        """{"op":"zero","t":42,"s":"x","d":[]}""",
        """[1,2,3]""",
    ];

    [Fact]
    public async Task Malformed_dispatches_amid_traffic_are_skipped_and_later_messages_still_get_their_reminder()
    {
        await using var discord = await FakeDiscordServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        discord.Gateway.AddGuild(Guild, "Malformed test");
        await using var bot = await RunningBot.StartAsync(discord, guildCount: 1);

        var sent = new List<ulong>();
        ulong author = 30_000;
        foreach (var garbage in Malformed)
        {
            sent.Add(await RunningBot.SendSpeculationAsync(discord, Guild, RunningBot.NextId(), author++));
            await discord.Gateway.SendRawAsync(0, garbage);
            sent.Add(await RunningBot.SendSpeculationAsync(discord, Guild, RunningBot.NextId(), author++));
        }

        await RunningBot.WaitUntilAsync(() => sent.All(id => RunningBot.RepliesTo(discord, id).Count > 0), "a reminder for every well-formed message");
        var sentinel = await RunningBot.SendSpeculationAsync(discord, Guild, RunningBot.NextId(), authorId: 39_999);
        await RunningBot.ReplyToAsync(discord, sentinel);

        Assert.All(sent, id => Assert.Single(RunningBot.RepliesTo(discord, id)));
        Assert.False(bot.Process.HasExited, "The bot exited on a malformed payload.");
        Assert.Single(discord.Gateway.Identifies);
    }
}
