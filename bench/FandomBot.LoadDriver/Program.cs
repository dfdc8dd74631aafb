using System.Diagnostics;
using System.Globalization;
using FandomBot.Discord.Fake;
using FandomBot.LoadDriver;

// Usage (build the bot first: dotnet build -c Release src/FandomBot/FandomBot.csproj, or for the shipped NativeAOT
// build: dotnet publish src/FandomBot -c Release -r linux-x64 -p:PublishAot=true -o artifacts/native):
//   dotnet run -c Release --project bench/FandomBot.LoadDriver -- [--guilds 1000] [--rate 1000] [--seconds 15]
//       [--reminder-burst 2000] [--burst 200000] [--dll path/FandomBot.dll | --dll artifacts/native/FandomBot]
//       [--env NAME=VALUE]... [--first-reminders-only 1]
// Everything listens on 127.0.0.1; every run is bounded in count and in time.
//   dotnet run -c Release --project bench/FandomBot.LoadDriver -- scale [--guilds 10000] [--channels 100000]
//       [--messages 200000] [--churn-rounds 10] [--churn-guilds 500] [--churn-messages 100000] [--dll …]: memory at scale
//       (2 shards, realistic GUILD_CREATEs, per-message CPU cost at few and many channels, churn with new authors).
var scale = args.Length > 0 && args[0] == "scale";
var options = DriverOptions.Parse(scale ? [] : args);
var scaleOptions = scale ? ScaleOptions.Parse(args[1..]) : null;
var dll = (scaleOptions?.BotDll ?? options.BotDll) ?? Path.Combine(RepositoryRoot(), "src", "FandomBot", "bin", "Release", "net10.0", "FandomBot.dll");
if (!File.Exists(dll))
{
    Console.Error.WriteLine($"{dll} not found: dotnet build -c Release src/FandomBot/FandomBot.csproj");
    return 2;
}

if (scaleOptions is not null)
{
    return await ScaleProgram.RunAsync(scaleOptions, dll);
}

using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(10));
await using var discord = await FakeDiscordServer.StartAsync(cancellationToken: stop.Token);

// Schema checks cost far more than the bot's own work; the contract is the end-to-end tests' job, not the load's.
discord.Rest.ValidateContract = false;

// Heartbeats every second carry the last sequence the bot read: the driver compares it with the last one sent.
discord.Gateway.HeartbeatIntervalMilliseconds = 1_000;
var guildIds = Enumerable.Range(0, options.Guilds).Select(i => (900_000_000_000_000_000UL + ((ulong)i << 22))).ToList();
foreach (var (id, index) in guildIds.Select((id, index) => (id, index)))
{
    discord.Gateway.AddGuild(id, $"Load guild {index}");
}

var startedAt = TimeProvider.System.GetUtcNow();
var startWatch = Stopwatch.StartNew();
await using var bot = BotUnderTest.Start(dll, discord.ApiBaseUrl, options.Environment);
await WaitAsync(() => discord.Gateway.Sessions.Any(s => s.History.Count > 0), TimeSpan.FromSeconds(30));
var startToReady = startWatch.Elapsed;
await WaitAsync(() => discord.Gateway.Sessions.Single().History.Count >= 1 + options.Guilds, TimeSpan.FromSeconds(30));
var startToGuilds = startWatch.Elapsed;
var startToFirstRest = discord.Rest.Requests[0].ReceivedAt - startedAt;
var startToIdentify = discord.Gateway.Identifies[0].ReceivedAt - startedAt;

// Let the bot take in its 1,000 GUILD_CREATEs and settle before calling it idle.
await Task.Delay(TimeSpan.FromSeconds(5), stop.Token);
var idle = bot.Memory();
var idleLargest = ProcessMemory.LargestFiles(bot.ProcessId, 8);
var loadAtStart = File.ReadAllText("/proc/loadavg").Split(' ')[..3];

var run = new LoadRun(discord, bot);
var results = new List<LoadResult>();

// The first reminders after start, one at a time, before anything else has run through the bot: what the first
// member to speculate after a deploy waits (the JIT compiles the path on first use unless the bot warmed it up).
for (var i = 1; i <= 3; i++)
{
    results.Add(await run.RunAsync($"first reminder after start #{i}", MessageMix.SpeculationOnly(guildIds), 1, 0, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5), stop.Token));
}

if (!options.FirstRemindersOnly)
{
    results.AddRange(
    [
        // A short warm-up so the JIT's first tiers are not measured as latency.
        await run.RunAsync("warm-up (500 msg/s, 4 s)", new MessageMix(guildIds), 2_000, 500, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(10), stop.Token),
        await run.RunAsync($"paced {options.Rate:N0} msg/s, {options.Seconds} s", new MessageMix(guildIds), (long)(options.Rate * options.Seconds), options.Rate, TimeSpan.FromSeconds(options.Seconds * 3), TimeSpan.FromSeconds(10), stop.Token),

        // The bot keeps Discord's global limit of 50 REST calls per second: a burst of N reminders takes N / 50 s to drain.
        await run.RunAsync($"reminder-only burst, {options.ReminderBurst:N0}", MessageMix.SpeculationOnly(guildIds), options.ReminderBurst, 0, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(5 + (options.ReminderBurst / 40)), stop.Token),
        await run.RunAsync($"max-rate mix, {options.Burst:N0}", new MessageMix(guildIds), options.Burst, 0, TimeSpan.FromSeconds(180), TimeSpan.FromSeconds(options.Drain), stop.Token),
    ]);
}

var loadAtEnd = File.ReadAllText("/proc/loadavg").Split(' ')[..3];

// The bot's own view, over the whole process: any reconnect would mean events were resumed or lost; the detector and
// REST histograms split the latency between the bot's thinking and its wire.
async Task<double> Counter(string name) => await bot.CounterAsync(name, stop.Token) ?? double.NaN;
var readies = await Counter("fandombot_discord_gateway_readies");
var resumes = await Counter("fandombot_discord_gateway_resumes");
var reconnects = await Counter("fandombot_discord_gateway_reconnects");
var detectorCount = await Counter("fandombot_detector_duration_us_count");
var detectorMean = await Counter("fandombot_detector_duration_us_sum") / detectorCount;
var restCount = await Counter("fandombot_discord_rest_duration_ms_count");
var restMean = await Counter("fandombot_discord_rest_duration_ms_sum") / restCount;
var compactions = await Counter("fandombot_memory_compactions");

Console.WriteLine();
Console.WriteLine(Invariant($"Bot: {dll}"));
Console.WriteLine(Invariant($"Environment: {(options.Environment.Count == 0 ? "(defaults)" : string.Join(' ', options.Environment.Select(e => e.Key + "=" + e.Value)))}"));
Console.WriteLine(Invariant($"Load average: {string.Join(' ', loadAtStart)} at start, {string.Join(' ', loadAtEnd)} at end"));
Console.WriteLine(Invariant($"Start → first REST call: {startToFirstRest.TotalMilliseconds:N0} ms; → IDENTIFY: {startToIdentify.TotalMilliseconds:N0} ms"));
Console.WriteLine(Invariant($"Start → READY sent: {startToReady.TotalMilliseconds:N0} ms; → {options.Guilds:N0} GUILD_CREATEs sent: {startToGuilds.TotalMilliseconds:N0} ms"));
Console.WriteLine(Invariant($"Idle with {options.Guilds:N0} guilds: VmRSS {idle.RssMegabytes:N1} MB (anonymous {idle.AnonymousMegabytes:N1}, file-backed {idle.FileMegabytes:N1}, shared {idle.SharedMegabytes:N1}), VmHWM {idle.PeakMegabytes:N1} MB"));
Console.WriteLine("Idle, largest resident mappings: " + string.Join(", ", idleLargest.Select(f => Invariant($"{f.File} {f.Megabytes:N1} MB"))));
var after = results[^1].MemoryAfter;
Console.WriteLine(Invariant($"After the last run: VmRSS {after.RssMegabytes:N1} MB (anonymous {after.AnonymousMegabytes:N1}, file-backed {after.FileMegabytes:N1}, shared {after.SharedMegabytes:N1}), VmHWM {after.PeakMegabytes:N1} MB"));
Console.WriteLine("First reminders after start (ms, message sent → reply received): " + string.Join(", ", results.Where(r => r.Name.StartsWith("first reminder", StringComparison.Ordinal)).Select(r => Invariant($"{r.Latency.Max:F1}"))));
Console.WriteLine(Invariant($"Bot counters: READY {readies:N0}, resumes {resumes:N0}, reconnects {reconnects:N0}; detector {detectorMean:N1} µs mean over {detectorCount:N0} messages; REST {restMean:N2} ms mean over {restCount:N0} calls; heap compactions {compactions:N0}"));
Console.WriteLine();
Console.WriteLine("| Run | Sent | Send rate (msg/s) | Bot processed | Processed rate (msg/s) | Last s sent / in heartbeat | Reminders / expected | Unexpected replies | Dropped | p50 ms | p95 ms | p99 ms | max ms | Bot-timed ≤ 5 ms | VmRSS MB | VmHWM MB |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
foreach (var r in results)
{
    Console.WriteLine(Invariant(
        $"| {r.Name} | {r.Sent:N0} | {r.SendRate:N0} | {r.Processed:N0} | {r.ProcessRate:N0} | {r.LastSequenceSent:N0} / {r.LastSequenceAcknowledged:N0} | {r.Reminders:N0} / {r.ExpectedReminders:N0} | {r.UnexpectedReplies:N0} | {r.WorkDropped:N0} | {r.Latency.P50:F2} | {r.Latency.P95:F2} | {r.Latency.P99:F2} | {r.Latency.Max:F2} | {r.BotWithin5Ms:P1} | {r.MemoryAfter.RssMegabytes:N1} | {r.MemoryAfter.PeakMegabytes:N1} |"));
}

return 0;

static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

static async Task WaitAsync(Func<bool> condition, TimeSpan limit)
{
    var watch = Stopwatch.StartNew();
    while (!condition())
    {
        if (watch.Elapsed > limit)
        {
            throw new TimeoutException("The bot did not get there in " + limit);
        }

        await Task.Delay(2);
    }
}

static string RepositoryRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FandomBot.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? Directory.GetCurrentDirectory();
}
