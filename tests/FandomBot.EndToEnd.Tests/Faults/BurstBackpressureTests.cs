using FandomBot.Discord.Fake;
using FandomBot.Discord.Fake.Rest;
using Xunit;

namespace FandomBot.EndToEnd.Tests.Faults;

/// <summary>The real process gets 10,000 speculating messages at once while Discord makes it wait.</summary>
public sealed class BurstBackpressureTests
{
    private const ulong Guild = 304UL << 22;
    private const int BurstSize = 10_000;
    private const int Channels = 100;
    private const string DropWarning = "dropping new reminder work until the backlog clears";

    [Fact]
    public async Task Burst_of_10000_while_Discord_stalls_drops_beyond_the_bound_with_a_warning_and_recovers()
    {
        await using var discord = await FakeDiscordServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        discord.Gateway.AddGuild(Guild, "Burst test");
        await using var bot = await RunningBot.StartAsync(discord, guildCount: 1);

        // A long global 429 first: every reminder then waits, so the work in flight piles up against its bound.
        discord.Rest.Script(FakeRoutes.CreateMessage, FakeResponse.RateLimited(3, global: true));
        var channels = Enumerable.Range(0, Channels).Select(_ => RunningBot.NextId()).ToArray();
        var sent = new List<ulong>(BurstSize);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < BurstSize; i++)
        {
            sent.Add(await RunningBot.SendSpeculationAsync(discord, Guild, channels[i % Channels], 100_000 + (ulong)i));
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"burst sent after {watch.Elapsed.TotalSeconds:F1} s");
        await RunningBot.WaitUntilAsync(() => (bot.Process.Output + bot.Process.Error).Contains(DropWarning, StringComparison.Ordinal), "the logged drop warning");

        // Recovered: once the backlog clears, a new message is answered again. Each try waits a while for its answer,
        // since one sent while the backlog is still full is rightly dropped.
        ulong author = 200_000;
        RecordedRequest? answered = null;
        for (var attempt = 0; attempt < 20 && answered is null; attempt++)
        {
            var late = await RunningBot.SendSpeculationAsync(discord, Guild, RunningBot.NextId(), author++);
            answered = await TryReplyAsync(discord, late);
        }

        Assert.NotNull(answered);
        TestContext.Current.TestOutputHelper?.WriteLine($"recovered after {watch.Elapsed.TotalSeconds:F1} s");

        var replies = sent.Select(id => RunningBot.RepliesTo(discord, id).Count).ToList();
        var answeredInBurst = replies.Count(c => c > 0);
        TestContext.Current.TestOutputHelper?.WriteLine($"{answeredInBurst} of {BurstSize} burst messages answered, the rest dropped");
        Assert.InRange(answeredInBurst, 1, BurstSize - 1);

        // Only the request that met the 429 is sent again (its retry may still be on its way); no reminder twice.
        Assert.InRange(replies.Sum() - answeredInBurst, 0, 1);
        Assert.All(replies, c => Assert.InRange(c, 0, 2));
        Assert.DoesNotContain(RunningBot.Speculation, bot.Process.Output + bot.Process.Error, StringComparison.Ordinal);
        Assert.False(bot.Process.HasExited);
    }

    private static async Task<RecordedRequest?> TryReplyAsync(FakeDiscordServer discord, ulong messageId)
    {
        try
        {
            return await discord.Rest.WaitForRequestAsync(r => RunningBot.IsReplyTo(r, messageId), TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }
}
