using System.Globalization;
using FandomBot.Discord.Fake;
using FandomBot.Discord.Fake.Rest;
using FandomBot.Discord.Gateway;
using FandomBot.EndToEnd.Tests.Faults;
using FandomBot.EndToEnd.Tests.Sharding;
using Xunit;

namespace FandomBot.EndToEnd.Tests.Handover;

/// <summary>
/// Restarts that lose nothing: the real process is stopped (SIGTERM) in the middle of a stream of messages and a
/// process owning the same shards (the same one restarted, or others) resumes the sessions it handed over.
/// </summary>
public sealed class SessionHandoverTests
{
    /// <summary>About 1.5 s of the stream at 200 messages a second: with the bot up before, down, and up again after.</summary>
    private const int MessagesPerPhase = 300;

    [Fact]
    public async Task A_restart_mid_stream_resumes_and_answers_every_message_said_while_down_exactly_once_without_identifying()
    {
        await using var discord = await StartDiscordAsync(shardCount: 1);
        var folder = Directory.CreateTempSubdirectory("fandombot-handover-").FullName;
        await using var first = await RunningBot.StartAsync(discord, Guilds.Count, folder: folder);
        await using var stream = new MessageStream(discord, Guilds);

        var timeline = await StopMidStreamAsync(discord, stream, [first]);
        await using var second = await RunningBot.StartResumingAsync(discord, folder: folder);
        timeline = timeline with { ResumedAt = DateTimeOffset.UtcNow };
        await FinishStreamAsync(discord, stream, timeline);

        Assert.Single(discord.Gateway.Identifies);
    }

    [Fact]
    public async Task Shards_moving_to_other_processes_mid_stream_resume_and_answer_every_message_said_meanwhile_exactly_once()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await PostgresDatabase.CreateAsync(ct);
        await using var discord = await StartDiscordAsync(shardCount: 2);
        await using var first = await RunningBot.StartAsync(discord, Guilds.Count, OnPostgres(database, "0-1"), shards: [0, 1]);
        await using var stream = new MessageStream(discord, Guilds);

        var timeline = await StopMidStreamAsync(discord, stream, [first]);
        var next = await Task.WhenAll(
            RunningBot.StartResumingAsync(discord, OnPostgres(database, "0"), shards: [0]),
            RunningBot.StartResumingAsync(discord, OnPostgres(database, "1"), shards: [1]));
        timeline = timeline with { ResumedAt = DateTimeOffset.UtcNow };
        try
        {
            await FinishStreamAsync(discord, stream, timeline);

            Assert.Equal(2, discord.Gateway.Identifies.Count);
            Assert.Equal(2, discord.Gateway.Sessions.Count);
        }
        finally
        {
            foreach (var bot in next)
            {
                await bot.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_final_shutdown_closes_with_1000_ending_the_session_and_the_next_start_identifies()
    {
        await using var discord = await StartDiscordAsync(shardCount: 1);
        var folder = Directory.CreateTempSubdirectory("fandombot-final-").FullName;
        Dictionary<string, string> final = new() { ["Discord__HandoverOnStop"] = "false" };
        await using (var first = await RunningBot.StartAsync(discord, Guilds.Count, final, folder))
        {
            Assert.Equal(0, await first.StopAsync());
        }

        Assert.Equal(1000, Assert.Single(discord.Gateway.ClientCloseCodes).Value);
        Assert.NotNull(Assert.Single(discord.Gateway.Sessions).EndReason);

        await using var second = await RunningBot.StartAsync(discord, Guilds.Count, final, folder);
        Assert.Equal(2, discord.Gateway.Identifies.Count);
        Assert.Empty(discord.Gateway.Resumes);
    }

    private static IReadOnlyList<ulong> Guilds { get; } = [.. Enumerable.Range(0, 4).Select(i => (ulong)(800 + i) << 22)];

    private static async Task<FakeDiscordServer> StartDiscordAsync(int shardCount)
    {
        var discord = await FakeDiscordServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        discord.Rest.GatewayBot.Shards = shardCount;
        discord.Rest.GatewayBot.MaxConcurrency = shardCount;
        foreach (var guild in Guilds)
        {
            discord.Gateway.AddGuild(guild, "Handover test");
        }

        return discord;
    }

    private static Dictionary<string, string> OnPostgres(PostgresDatabase database, string shardIds) => new()
    {
        ["Storage__Provider"] = "Postgres",
        ["Storage__ConnectionString"] = database.ConnectionString,
        ["Discord__ShardCount"] = "2",
        ["Discord__ShardIds"] = shardIds,
    };

    /// <summary>Streams a while, stops the bots with SIGTERM, and streams on while nobody is connected.</summary>
    private static async Task<Timeline> StopMidStreamAsync(FakeDiscordServer discord, MessageStream stream, IReadOnlyList<RunningBot> bots)
    {
        stream.Start();
        await RunningBot.WaitUntilAsync(() => stream.Sent.Count >= MessagesPerPhase, "the stream before the stop");
        var connections = discord.Gateway.Connections.Select(c => c.Id).ToList();
        var stoppedAt = DateTimeOffset.UtcNow;
        foreach (var bot in bots)
        {
            bot.Process.Terminate();
        }

        await RunningBot.WaitUntilAsync(() => connections.All(discord.Gateway.ClientCloseCodes.ContainsKey), "the stopping bots' close frames");
        var closedAt = DateTimeOffset.UtcNow;
        foreach (var bot in bots)
        {
            Assert.Equal(0, await bot.Process.WaitForExitAsync(RunningBot.Patience));
        }

        var exitedAt = DateTimeOffset.UtcNow;

        // A handover keeps every session: the close code is not 1000/1001, and not the 1006 of a dropped socket.
        Assert.All(connections, id => Assert.Equal(GatewayCloseCodes.Handover, discord.Gateway.ClientCloseCodes[id]));
        Assert.All(discord.Gateway.Sessions, s => Assert.Null(s.EndReason));
        var sentBeforeExit = stream.Sent.Count;
        await RunningBot.WaitUntilAsync(() => stream.Sent.Count >= sentBeforeExit + MessagesPerPhase, "the stream while the bot is down");
        return new Timeline(stoppedAt, closedAt, exitedAt, default);
    }

    /// <summary>Streams a while after the resume, then checks every answer and prints the figures.</summary>
    private static async Task FinishStreamAsync(FakeDiscordServer discord, MessageStream stream, Timeline timeline)
    {
        var sentBeforeResume = stream.Sent.Count(m => m.SentAt < timeline.ResumedAt);
        await RunningBot.WaitUntilAsync(() => stream.Sent.Count >= sentBeforeResume + MessagesPerPhase, "the stream after the resume");
        await stream.StopAsync();
        var sent = stream.Sent;
        var worthy = sent.Where(m => m.ReminderWorthy).ToList();
        await RunningBot.WaitUntilAsync(() => worthy.All(m => RepliesByMessage(discord).ContainsKey(m.Id)), $"a reminder for each of the {worthy.Count} speculating messages");

        // One more through every guild: once it is answered, any second answer to an earlier message would be in.
        foreach (var guild in Guilds)
        {
            await RunningBot.ReplyToAsync(discord, await RunningBot.SendSpeculationAsync(discord, guild, RunningBot.NextId(), RunningBot.NextId()));
        }

        var replies = RepliesByMessage(discord);
        var whileDown = worthy.Where(m => m.SentAt >= timeline.ClosedAt && m.SentAt < timeline.ResumedAt).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{sent.Count} messages over {(sent[^1].SentAt - sent[0].SentAt).TotalSeconds:0.0} s, {worthy.Count} speculating; SIGTERM to close frame {(timeline.ClosedAt - timeline.StoppedAt).TotalMilliseconds:0} ms, to exit {(timeline.ExitedAt - timeline.StoppedAt).TotalSeconds:0.0} s, down until the resume {(timeline.ResumedAt - timeline.ClosedAt).TotalSeconds:0.0} s; {whileDown.Count} speculating messages said while down, last answered {(whileDown.Max(m => replies[m.Id].Max(r => r.ReceivedAt)) - timeline.ResumedAt).TotalMilliseconds:0} ms after the resume"));

        Assert.All(worthy, m => Assert.Single(replies[m.Id]));
        Assert.All(sent.Where(m => !m.ReminderWorthy), m => Assert.False(replies.ContainsKey(m.Id), "an ordinary message got a reminder"));
        Assert.InRange(whileDown.Count, 20, int.MaxValue);
        Assert.All(whileDown, m => Assert.True(replies[m.Id][0].ReceivedAt >= timeline.ExitedAt, "a message said while down was answered before the bot came back"));
        Assert.Empty(discord.Gateway.IdentifyRateLimitViolations);
        Assert.NotEmpty(discord.Gateway.Resumes);
    }

    private static Dictionary<ulong, List<RecordedRequest>> RepliesByMessage(FakeDiscordServer discord) =>
        discord.Rest.RequestsTo(FakeRoutes.CreateMessage)
            .Select(r => (Request: r, To: r.Body?["message_reference"]?["message_id"]?.GetValue<string>()))
            .Where(r => r.To is not null)
            .GroupBy(r => ulong.Parse(r.To!, CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.Select(r => r.Request).ToList());

    /// <summary>When the stop was asked for, when the fake had every close frame, when the process was gone, when the sessions were back.</summary>
    private sealed record Timeline(DateTimeOffset StoppedAt, DateTimeOffset ClosedAt, DateTimeOffset ExitedAt, DateTimeOffset ResumedAt);
}
