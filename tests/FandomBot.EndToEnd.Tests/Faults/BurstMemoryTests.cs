using FandomBot.Discord.Fake;
using FandomBot.Discord.Fake.Rest;
using Xunit;

namespace FandomBot.EndToEnd.Tests.Faults;

/// <summary>
/// The real process gets 10,000 messages at once; afterwards its managed heap comes back to where it was before the
/// burst and its queues are empty. Read through the bot's own Prometheus endpoint, as an operator would.
/// </summary>
public sealed class BurstMemoryTests
{
    public enum Burst
    {
        /// <summary>Everyday chatter with one speculating message in ten: the detector and the reply path.</summary>
        OrdinaryMix,

        /// <summary>Only speculation, while a global 429 makes every reply wait: in-flight work fills to its bound and drops.</summary>
        RemindersBehindA429,
    }

    private const ulong Guild = 305UL << 22;
    private const int BurstSize = 10_000;
    private const int WarmUpSize = 3_000;
    private const int Channels = 100;
    private const int InFlightCapacity = 512;
    private const double Megabyte = 1024 * 1024;

    // What may legitimately stay after the burst: the cooldown table holds one entry per member reminded (up to 10,000,
    // about 1.5 MB with the table's growth) until it expires, the context rings of the 100 channels are full where they
    // were not before, and each label set seen by the metrics registry stays. A leak of the burst itself (10,000
    // events of a kilobyte or more each, replies or tasks held on to) is 10 MB or more. 2 MB plus a quarter of the
    // baseline (~4 MB here, so 7 MB in all) separates the two while leaving room for the runtime's own variation between
    // two full collections. Seen here: +0.0-0.2 MB after the mix, +1.4-1.7 MB after the reminder burst (its cooldowns);
    // with the bot's compaction switched off, the heap after the last collection was still 8.7-9.8 MB 50 s later.
    private const double AbsoluteMarginBytes = 2 * Megabyte;
    private const double RelativeMargin = 1.25;

    private static readonly string[] Chatter =
    [
        "did anyone watch the new episode last night",
        "kit connor was brilliant in that scene honestly",
        "lol same, my cat does that too",
        "¿alguien sabe cuándo sale la segunda temporada?",
        "the soundtrack for season two is so good",
        "I'm rewatching the whole thing this weekend",
        "who else thinks the finale was rushed",
        "ça passe à quelle heure ce soir ?",
        "happy birthday to the best mod here!!",
    ];

    [Theory]
    [InlineData(Burst.OrdinaryMix)]
    [InlineData(Burst.RemindersBehindA429)]
    public async Task After_a_burst_of_10000_messages_the_heap_comes_back_to_its_level_and_the_queues_drain(Burst burst)
    {
        var ct = TestContext.Current.CancellationToken;
        var output = TestContext.Current.TestOutputHelper;
        var port = MetricsPage.FreePort();
        await using var discord = await FakeDiscordServer.StartAsync(cancellationToken: ct);
        discord.Gateway.AddGuild(Guild, "Burst memory test");
        await using var bot = await RunningBot.StartAsync(discord, guildCount: 1, new Dictionary<string, string>
        {
            ["Metrics__Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Metrics__Host"] = "127.0.0.1",
        });
        using var http = new HttpClient();
        var channels = Enumerable.Range(0, Channels).Select(_ => RunningBot.NextId()).ToArray();
        var sent = 0;
        ulong author = 100_000;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var warmUpRounds = 0;

        // Warm up (JIT, the guild's detector, connection pools, the metrics registry's label sets), then take the
        // baseline from a full compacting collection the bot ran after the warm-up, when it was quiet. That is the
        // same kind of figure as the one after the burst, so the two compare like for like.
        MetricsPage? settled = null;
        for (var round = 0; round < 10 && settled is null; round++)
        {
            warmUpRounds++;
            sent += await SendMixAsync(discord, channels, WarmUpSize, () => author++);
            var drained = await WaitForAsync(http, port, p => IsDrained(p, sent), "the warm-up to be handled");
            settled = await TryWaitForCompactionAsync(http, port, drained.Sum("fandombot_memory_compactions"), ct);
        }

        Assert.NotNull(settled);
        var baseline = settled.Single("fandombot_memory_heap_after_full_gc_bytes");
        var baselineWorkingSet = settled.Single("fandombot_memory_working_set_bytes");
        var compactionsBefore = settled.Sum("fandombot_memory_compactions");
        Assert.True(baseline > 0, "No full collection was reported before the burst.");

        var warmedUpAt = clock.Elapsed;

        // The burst, with a watcher noting the highest figures while the bot works through it.
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var peak = WatchPeakAsync(http, port, watching.Token);
        if (burst == Burst.RemindersBehindA429)
        {
            discord.Rest.Script(FakeRoutes.CreateMessage, FakeResponse.RateLimited(3, global: true));
            for (var i = 0; i < BurstSize; i++)
            {
                await RunningBot.SendSpeculationAsync(discord, Guild, channels[i % Channels], author++);
            }

            sent += BurstSize;
        }
        else
        {
            sent += await SendMixAsync(discord, channels, BurstSize, () => author++);
        }

        var burstSentAt = clock.Elapsed;
        await WaitForAsync(http, port, p => IsDrained(p, sent), "the burst to be handled and the queues to drain");
        var drainedAt = clock.Elapsed;
        await watching.CancelAsync();
        var (peakHeap, peakHeapAfterGc, peakInFlight, peakQueued, peakWorkingSet) = await peak;

        // A compaction needs the bot quiet (nothing queued or in flight), so one counted now ran after the burst.
        var after = await TryWaitForCompactionAsync(http, port, compactionsBefore, ct);
        Assert.NotNull(after);
        var heapAfter = after.Single("fandombot_memory_heap_after_full_gc_bytes");
        output?.WriteLine(
            $"{burst}: heap after full GC {baseline / Megabyte:F1} MB before, {heapAfter / Megabyte:F1} MB after; during the burst heap up to {peakHeap / Megabyte:F1} MB " +
            $"(after a GC up to {peakHeapAfterGc / Megabyte:F1} MB); working set {baselineWorkingSet / Megabyte:F1} -> peak {peakWorkingSet / Megabyte:F1} -> " +
            $"{after.Single("fandombot_memory_working_set_bytes") / Megabyte:F1} MB; in flight up to {peakInFlight}, queued up to {peakQueued}; " +
            $"dropped {after.Sum("fandombot_work_dropped")}; compactions {after.Sum("fandombot_memory_compactions")}; " +
            $"warmed up in {warmUpRounds} round(s) by {warmedUpAt.TotalSeconds:F1} s, burst sent by {burstSentAt.TotalSeconds:F1} s, " +
            $"drained by {drainedAt.TotalSeconds:F1} s, compacted by {clock.Elapsed.TotalSeconds:F1} s");

        Assert.InRange(heapAfter, 0, (baseline * RelativeMargin) + AbsoluteMarginBytes);
        Assert.Equal(0, after.Single("fandombot_work_in_flight"));
        Assert.Equal(0, after.Single("fandombot_gateway_events_queued"));
        Assert.InRange(peakInFlight, 0, InFlightCapacity);
        if (burst == Burst.RemindersBehindA429)
        {
            Assert.True(after.Sum("fandombot_work_dropped") > 0, "The burst behind a 429 should have filled in-flight work to its bound and dropped the rest.");
        }

        Assert.False(bot.Process.HasExited);
    }

    /// <summary>Sends <paramref name="count"/> messages, one in ten speculating, over the channels; returns the count.</summary>
    private static async Task<int> SendMixAsync(FakeDiscordServer discord, ulong[] channels, int count, Func<ulong> nextAuthor)
    {
        for (var i = 0; i < count; i++)
        {
            var text = i % 10 == 0 ? RunningBot.Speculation : Chatter[i % Chatter.Length];
            await RunningBot.SendMessageAsync(discord, Guild, channels[i % channels.Length], nextAuthor(), text);
        }

        return count;
    }

    /// <summary>Every message sent so far has been handled and nothing waits: no queued event, no Discord call in flight.</summary>
    private static bool IsDrained(MetricsPage page, int sent) =>
        page.Sum("fandombot_messages_seen") >= sent
        && page.Single("fandombot_work_in_flight") == 0
        && page.Single("fandombot_gateway_events_queued") == 0;

    private static async Task<MetricsPage> WaitForAsync(HttpClient http, int port, Func<MetricsPage, bool> condition, string what)
    {
        var ct = TestContext.Current.CancellationToken;
        var deadline = DateTime.UtcNow + RunningBot.Patience;
        while (true)
        {
            var page = await MetricsPage.ScrapeAsync(http, port, ct);
            if (condition(page))
            {
                return page;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Timed out after {RunningBot.Patience.TotalSeconds} s waiting for {what}.");

            // A scrape every quarter second: the bot's own compaction rule must still see it as quiet.
            await Task.Delay(250, ct);
        }
    }

    /// <summary>
    /// Waits for the bot to run a compaction beyond <paramref name="compactionsBefore"/> while quiet; null when it does
    /// not within a few check intervals (it has not allocated enough since its last one to be worth it).
    /// </summary>
    private static async Task<MetricsPage?> TryWaitForCompactionAsync(HttpClient http, int port, double compactionsBefore, CancellationToken ct)
    {
        // The bot checks every 2 s and compacts at most every 10 s: 20 s covers both with room for a loaded machine.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var page = await MetricsPage.ScrapeAsync(http, port, ct);
            if (page.Sum("fandombot_memory_compactions") > compactionsBefore)
            {
                return page;
            }

            await Task.Delay(250, ct);
        }

        return null;
    }

    private static async Task<(double Heap, double HeapAfterGc, double InFlight, double Queued, double WorkingSet)> WatchPeakAsync(
        HttpClient http, int port, CancellationToken ct)
    {
        double heap = 0, heapAfterGc = 0, inFlight = 0, queued = 0, workingSet = 0;
        try
        {
            while (true)
            {
                var page = await MetricsPage.ScrapeAsync(http, port, ct);
                heap = Math.Max(heap, page.Single("fandombot_memory_heap_bytes"));
                heapAfterGc = Math.Max(heapAfterGc, page.Single("fandombot_memory_heap_after_gc_bytes"));
                inFlight = Math.Max(inFlight, page.Single("fandombot_work_in_flight"));
                queued = Math.Max(queued, page.Single("fandombot_gateway_events_queued"));
                workingSet = Math.Max(workingSet, page.Single("fandombot_memory_working_set_bytes"));
                await Task.Delay(100, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }

        return (heap, heapAfterGc, inFlight, queued, workingSet);
    }
}
