using System.Runtime;
using FandomBot.Discord.Sharding;
using FandomBot.Gateway;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FandomBot.Diagnostics;

/// <summary>
/// Gives the memory of a burst back once the burst is over: when the bot has allocated a lot since it last did so and
/// is now quiet (nothing queued, nothing in flight, hardly allocating), it runs one full compacting collection.
/// </summary>
/// <remarks>
/// Why the bot does this itself: a burst leaves its garbage in generation 2 (events that waited in the gateway queue,
/// replies that waited on a 429 live long enough to be promoted), and generation 2 is only collected when its budget
/// fills. A chat bot is mostly idle between bursts and allocates little then, so without this the heap (and the memory
/// the container is billed for) would stay at its burst peak for hours. One blocking, compacting, aggressive collection
/// of a heap of tens of MB takes milliseconds, happens only when nothing waits on the bot, at most once per
/// <see cref="MinimumInterval"/>, and never under steady traffic (the bot is not quiet then, and the runtime's own
/// collections keep up). Settings such as GCConserveMemory only change how a collection compacts, not when one runs,
/// so they would not help an idle process.
/// </remarks>
internal sealed partial class HeapCompactionAfterBursts(
    InFlightWork inFlight, ShardManager shards, TimeProvider timeProvider, ILogger<HeapCompactionAfterBursts> logger) : BackgroundService
{
    /// <summary>How often the bot looks whether a burst is over.</summary>
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(2);

    /// <summary>The least time between two compactions, whatever happens.</summary>
    public static readonly TimeSpan MinimumInterval = TimeSpan.FromSeconds(10);

    /// <summary>Allocated since the last compaction before another is worth it: a few thousand messages, or start-up.</summary>
    public const long BurstAllocationBytes = 32L * 1024 * 1024;

    /// <summary>At most this much allocated during one check interval counts as quiet (a scrape, heartbeats, a few messages).</summary>
    public const long QuietAllocationBytes = 2L * 1024 * 1024;

    /// <summary>
    /// A burst is at least this much allocated within one check interval (about 4,000 messages a second or more).
    /// Without it, steady light traffic (1,000 msg/s allocates about 1 MB a second in the native build, close to
    /// "quiet") would add up to <see cref="BurstAllocationBytes"/> and get a blocking collection in the middle of
    /// traffic every half minute: the load driver saw one 154 ms reply that way. Steady traffic is not a burst, and the
    /// runtime's own collections keep up with it.
    /// </summary>
    public const long BurstRateBytes = 8L * 1024 * 1024;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var allocatedAtCompaction = 0L;
        var burstSeen = false;
        var allocatedAtLastCheck = GC.GetTotalAllocatedBytes(precise: false);
        var compactedAt = timeProvider.GetTimestamp();
        using var timer = new PeriodicTimer(CheckInterval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                var allocated = GC.GetTotalAllocatedBytes(precise: false);
                var allocatedSinceLastCheck = allocated - allocatedAtLastCheck;
                burstSeen |= allocatedSinceLastCheck >= BurstRateBytes;
                var quiet = inFlight.Count == 0
                    && (!shards.Events.CanCount || shards.Events.Count == 0)
                    && allocatedSinceLastCheck <= QuietAllocationBytes;
                allocatedAtLastCheck = allocated;
                if (quiet
                    && burstSeen
                    && allocated - allocatedAtCompaction >= BurstAllocationBytes
                    && timeProvider.GetElapsedTime(compactedAt) >= MinimumInterval)
                {
                    Compact();
                    burstSeen = false;
                    allocatedAtCompaction = GC.GetTotalAllocatedBytes(precise: false);
                    compactedAt = timeProvider.GetTimestamp();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void Compact()
    {
        var before = GC.GetTotalMemory(forceFullCollection: false);
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;

        // Aggressive also decommits the freed memory, so the process's RSS falls with the heap.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        BotMetrics.HeapCompacted();
        LogCompacted(logger, before / (1024.0 * 1024.0), GC.GetGCMemoryInfo(GCKind.FullBlocking).HeapSizeBytes / (1024.0 * 1024.0));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Quiet after a burst: compacted the managed heap from {BeforeMegabytes:F1} MB to {AfterMegabytes:F1} MB")]
    private static partial void LogCompacted(ILogger logger, double beforeMegabytes, double afterMegabytes);
}
