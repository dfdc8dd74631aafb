using System.Diagnostics.Metrics;

namespace FandomBot.Discord.Diagnostics;

/// <summary>
/// The client's instruments (System.Diagnostics.Metrics, meter <c>FandomBot.Discord</c>): gateway resumes and
/// reconnects, REST latency and 429s, and how long interactions wait for their first response. Any exporter that
/// listens to the meter (the host's Prometheus endpoint, dotnet-counters) sees them.
/// </summary>
public static class DiscordMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "FandomBot.Discord";

    private static readonly Meter Meter = new(MeterName, "1.0");

    private static readonly Counter<long> GatewayReadies = Meter.CreateCounter<long>("fandombot.discord.gateway.readies", description: "Sessions identified (READY received)");
    private static readonly Counter<long> GatewayResumes = Meter.CreateCounter<long>("fandombot.discord.gateway.resumes", description: "Sessions resumed (RESUMED received)");
    private static readonly Counter<long> GatewayReconnects = Meter.CreateCounter<long>("fandombot.discord.gateway.reconnects", description: "Connections lost and retried");
    private static readonly Histogram<double> RestDuration = Meter.CreateHistogram<double>("fandombot.discord.rest.duration", "ms", "Time of one REST request on the wire");
    private static readonly Counter<long> RestRateLimited = Meter.CreateCounter<long>("fandombot.discord.rest.rate_limited", description: "429 answers from Discord");
    private static readonly Histogram<double> InteractionAcknowledgement = Meter.CreateHistogram<double>("fandombot.discord.interaction.ack", "ms", "From an interaction's arrival to its first response");

    // Set in a flow whose calls are rehearsals (a start-up warm-up against a stand-in server): nothing there is real traffic.
    private static readonly AsyncLocal<bool> Suppressed = new();

    /// <summary>
    /// Whether the current flow is a rehearsal: its calls are left out of these instruments, and a host leaves the flow
    /// out of its own instruments and spans too.
    /// </summary>
    public static bool IsSuppressed => Suppressed.Value;

    /// <summary>
    /// Marks the current flow (and the work it starts) as a rehearsal until the scope is disposed: for a warm-up that
    /// runs the client against a stand-in server, whose calls are no real traffic.
    /// </summary>
    public static IDisposable SuppressInCurrentFlow() => new SuppressionScope();

    internal static void Ready(int shardId) => GatewayReadies.Add(1, new KeyValuePair<string, object?>("shard", shardId));

    internal static void Resumed(int shardId) => GatewayResumes.Add(1, new KeyValuePair<string, object?>("shard", shardId));

    internal static void Reconnecting(int shardId) => GatewayReconnects.Add(1, new KeyValuePair<string, object?>("shard", shardId));

    internal static void RestRequest(string route, int status, TimeSpan elapsed)
    {
        if (Suppressed.Value)
        {
            return;
        }

        RestDuration.Record(elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("route", route), new KeyValuePair<string, object?>("status", status));
    }

    internal static void RateLimited(string route, bool global)
    {
        if (Suppressed.Value)
        {
            return;
        }

        RestRateLimited.Add(1, new KeyValuePair<string, object?>("route", route), new KeyValuePair<string, object?>("global", global));
    }

    internal static void InteractionAcknowledged(string how, TimeSpan sinceArrival) =>
        InteractionAcknowledgement.Record(sinceArrival.TotalMilliseconds, new KeyValuePair<string, object?>("response", how));

    // Restores what the flag was on dispose, so scopes may nest.
    private sealed class SuppressionScope : IDisposable
    {
        private readonly bool _before = Suppressed.Value;

        public SuppressionScope() => Suppressed.Value = true;

        public void Dispose() => Suppressed.Value = _before;
    }
}
