using System.Diagnostics.Metrics;
using FandomBot.Discord.Sharding;
using FandomBot.Gateway;

namespace FandomBot.Diagnostics;

/// <summary>
/// What the bot holds right now (meter <c>FandomBot</c>, read when scraped): work waiting in its two bounded queues, and
/// its memory. The queues show how close a burst came to its bound (<see cref="ShardManager.EventBufferCapacity"/>,
/// <see cref="InFlightWork"/>'s capacity) and that the bot drained afterwards. These read one host's services, so they
/// live on a meter of that host's <see cref="IMeterFactory"/> and go away with it.
/// </summary>
internal sealed class BotGauges
{
    public BotGauges(IMeterFactory meterFactory, InFlightWork inFlight, ShardManager shards)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        ArgumentNullException.ThrowIfNull(inFlight);
        ArgumentNullException.ThrowIfNull(shards);
        var meter = Meter = meterFactory.Create(BotMetrics.MeterName);
        meter.CreateObservableGauge("fandombot.work.in_flight", () => (long)inFlight.Count, description: "Discord calls started and not yet finished");
        meter.CreateObservableGauge("fandombot.gateway.events_queued", () => shards.Events.CanCount ? (long)shards.Events.Count : 0L, description: "Gateway events waiting for the event loop");

        // Process RSS is exported too, but only the heap after a collection reliably comes back down once the garbage
        // is gone, so alerts (and the burst test) use that one.
        meter.CreateObservableGauge(
            "fandombot.memory.heap_after_gc_bytes", static () => GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes, description: "Managed heap size after the last garbage collection (bytes)");
        meter.CreateObservableGauge(
            "fandombot.memory.heap_after_full_gc_bytes", static () => GC.GetGCMemoryInfo(GCKind.FullBlocking).HeapSizeBytes, description: "Managed heap size after the last full blocking garbage collection (bytes; 0 before the first)");
        meter.CreateObservableGauge(
            "fandombot.memory.heap_bytes", static () => GC.GetTotalMemory(forceFullCollection: false), description: "Managed heap in use now, garbage not yet collected included (bytes)");
        meter.CreateObservableGauge("fandombot.memory.working_set_bytes", static () => Environment.WorkingSet, description: "Physical memory of the process (bytes)");
        meter.CreateObservableCounter(
            "fandombot.memory.allocated_bytes", static () => GC.GetTotalAllocatedBytes(precise: false), description: "Managed bytes allocated since the process started");
        meter.CreateObservableCounter("fandombot.gc.collections", CollectionsByGeneration, description: "Garbage collections since the process started, by generation");
    }

    /// <summary>This host's meter (the one the gauges are on).</summary>
    public Meter Meter { get; }

    private static IEnumerable<Measurement<long>> CollectionsByGeneration()
    {
        for (var generation = 0; generation <= GC.MaxGeneration; generation++)
        {
            yield return new Measurement<long>(
                GC.CollectionCount(generation), new KeyValuePair<string, object?>("generation", generation.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}
