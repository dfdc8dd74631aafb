using System.Diagnostics;
using System.Globalization;
using FandomBot.Discord.Fake;

namespace FandomBot.LoadDriver;

/// <summary>
/// <c>scale</c>: 2 shards, 10,000 servers, 100,000 channels, then churn with a million distinct authors. Prints a
/// table per part, ready for bench/RESULTS.md.
/// </summary>
internal static class ScaleProgram
{
    public static async Task<int> RunAsync(ScaleOptions options, string dll)
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(30));
        var token = stop.Token;
        await using var discord = await FakeDiscordServer.StartAsync(cancellationToken: token);
        discord.Rest.ValidateContract = false;
        // Heartbeats carry the last sequence read, which tells when GUILD_CREATEs are all in; at 1 s, an ACK queued
        // behind 100,000 messages on the same socket arrives late and the bot (rightly) takes the connection for a zombie.
        discord.Gateway.HeartbeatIntervalMilliseconds = 5_000;
        var environment = new Dictionary<string, string>(options.Environment) { ["Discord__ShardCount"] = "2" };
        var loadAtStart = LoadAverage();

        await using var bot = BotUnderTest.Start(dll, discord.ApiBaseUrl, environment);
        await WaitAsync(() => discord.Gateway.Sessions.Count(s => s.History.Count > 0) == 2, TimeSpan.FromSeconds(60));
        var run = new ScaleRun(discord, bot, options);
        var empty = await run.SettledMemoryAsync(token);

        var joinWatch = Stopwatch.StartNew();
        var cpuBeforeJoin = bot.CpuTime();
        await run.JoinAsync(Enumerable.Range(0, options.Guilds).Select(ScaleRun.GuildId), token);
        var joinCpu = bot.CpuTime() - cpuBeforeJoin;
        var joinWall = joinWatch.Elapsed;
        var withGuilds = await run.SettledMemoryAsync(token);

        // Per-message cost: the same chat over 20 channels of 10 guilds, and over 100,000 channels of every guild,
        // alternated twice so a moment of load on the shared machine does not land on one side only.
        var guilds = run.Guilds.ToArray();
        var regulars = 5_000UL;
        var phases = new List<PhaseCost>();
        for (var round = 1; round <= 2; round++)
        {
            phases.Add(await run.MessagesAsync(
                $"{options.Messages:N0} messages over 20 channels (round {round})", options.Messages,
                i => guilds[i % 10], i => GuildCreateText.TextChannel(guilds[i % 10], (int)(i / 10 % 2)), i => 200_000_000_000_000_000UL + ((ulong)i % regulars), ScaleRun.ChatText, token));
            phases.Add(await run.MessagesAsync(
                $"{options.Messages:N0} messages over {options.Channels:N0} channels (round {round})", options.Messages,
                i => guilds[i % options.Channels % guilds.Length], i => ChannelOf(guilds, options.Channels, i), i => 200_000_000_000_000_000UL + ((ulong)i % regulars), ScaleRun.ChatText, token));
        }

        var afterTraffic = await run.SettledMemoryAsync(token);

        // Churn: each round, ChurnGuilds servers leave and as many new ones join; its messages come from authors never
        // seen before, over channels never seen before, one in ten a speculation that claims a cooldown.
        var churn = new List<(int Round, PhaseCost Cost, Settled Settled, double Reminders, double Dropped)>();
        var nextGuild = options.Guilds;
        long channelBase = 0;
        for (var round = 1; round <= options.ChurnRounds; round++)
        {
            await run.LeaveAsync([.. run.Guilds.Take(options.ChurnGuilds)], token);
            await run.JoinAsync(Enumerable.Range(nextGuild, options.ChurnGuilds).Select(ScaleRun.GuildId), token);
            nextGuild += options.ChurnGuilds;
            var active = run.Guilds.ToArray();
            var firstChannel = channelBase;
            var cost = await run.MessagesAsync(
                $"churn round {round}", options.ChurnMessages,
                i => active[(firstChannel + i) % active.Length], i => 800_000_000_000_000_000UL + (ulong)(firstChannel + i), _ => run.NewAuthor(), ScaleRun.ChurnText, token);
            channelBase += options.ChurnMessages;
            var reminders = discord.Rest.RequestsTo(Discord.Fake.Rest.FakeRoutes.CreateMessage).Count;
            var dropped = await bot.CounterAsync("fandombot_work_dropped", token) ?? 0;
            churn.Add((round, cost, await run.SettledMemoryAsync(token), reminders, dropped));
        }

        var loadAtEnd = LoadAverage();
        Console.WriteLine();
        Console.WriteLine(Invariant($"Bot: {dll}"));
        Console.WriteLine(Invariant($"Load average: {loadAtStart} at start, {loadAtEnd} at end ({Environment.ProcessorCount} cores)"));
        Console.WriteLine(Invariant($"2 shards, no guilds yet: {empty}"));
        Console.WriteLine(Invariant($"{options.Guilds:N0} GUILD_CREATEs ({GuildCreateText.Of(1, ScaleRun.GuildId(0), 1).Length:N0} bytes each; {GuildCreateText.Channels} channels, {GuildCreateText.Roles} roles, {GuildCreateText.Threads} threads) read in {joinWall.TotalSeconds:N1} s, bot CPU {joinCpu.TotalSeconds:N2} s"));
        Console.WriteLine(Invariant($"With {options.Guilds:N0} guilds: {withGuilds}"));
        Console.WriteLine(Invariant($"Per server: {(withGuilds.Memory.RssKilobytes - empty.Memory.RssKilobytes) / (double)options.Guilds:N2} KB resident, {(withGuilds.HeapAfterFullGcMegabytes - empty.HeapAfterFullGcMegabytes) * 1024 / options.Guilds:N2} KB of managed heap after full GC"));
        Console.WriteLine(Invariant($"After the channel phases: {afterTraffic}"));
        Console.WriteLine();
        Console.WriteLine("| Phase | Sent | Bot counted | Bot CPU | CPU per message | Wall (rate) | VmRSS MB | anon MB | VmHWM MB |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var phase in phases)
        {
            Console.WriteLine(phase);
        }

        Console.WriteLine();
        Console.WriteLine("| Churn round | Guilds left / joined | Distinct authors so far | Bot CPU per message | VmRSS MB after settling | anon MB | heap after full GC MB | VmHWM MB | Reminders posted so far | Dropped so far |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (round, cost, settled, reminders, dropped) in churn)
        {
            Console.WriteLine(Invariant(
                $"| {round} | {options.ChurnGuilds:N0} / {options.ChurnGuilds:N0} | {round * options.ChurnMessages:N0} | {cost.CpuMicrosecondsPerMessage:N1} µs | {settled.Memory.RssMegabytes:N1} | {settled.Memory.AnonymousMegabytes:N1} | {settled.HeapAfterFullGcMegabytes:N1}{(settled.Compacted ? "" : " (no compaction)")} | {settled.Memory.PeakMegabytes:N1} | {reminders:N0} | {dropped:N0} |"));
        }

        return 0;
    }

    // Channel i of the 100,000: guild i % guilds, so every guild has channels / guilds of them.
    private static ulong ChannelOf(ulong[] guilds, int channels, long i)
    {
        var c = i % channels;
        return guilds[c % guilds.Length] + 10_000 + (ulong)(c / guilds.Length);
    }

    private static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static async Task WaitAsync(Func<bool> condition, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > limit)
            {
                throw new TimeoutException("The bot did not get there in " + limit);
            }

            await Task.Delay(10);
        }
    }
}
