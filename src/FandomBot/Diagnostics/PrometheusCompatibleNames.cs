using System.Diagnostics.Metrics;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;

namespace FandomBot.Diagnostics;

/// <summary>
/// Keeps the Prometheus names the Grafana dashboard (deploy/grafana) and alerts were written against, from before the
/// bot used OpenTelemetry: <c>fandombot_messages_seen</c> (no <c>_total</c>), <c>fandombot_reminder_delay_ms_bucket</c>
/// (the unit as written, not <c>_milliseconds</c>), and the same histogram buckets.
/// </summary>
/// <remarks>
/// OpenTelemetry's Prometheus exporter by default appends <c>_total</c> to counters and the unit spelled out
/// (<c>ms</c> becomes <c>_milliseconds</c>, <c>us</c> <c>_microseconds</c>) to every metric. Here suffixes are off, and
/// each histogram's stream is named with its unit instead (<c>fandombot.reminder.delay_ms</c>), which OTLP carries too,
/// so a collector's Prometheus exporter, which appends its own suffixes, still starts from the same name.
/// </remarks>
internal static class PrometheusCompatibleNames
{
    private static readonly double[] MillisecondBuckets = [0.5, 1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000];
    private static readonly double[] MicrosecondBuckets = [0.5, 1, 2, 5, 10, 20, 50, 100, 500, 1000];

    /// <summary>The view every instrument passes: histograms get the unit in their name and the buckets for it; others stay as they are.</summary>
    public static MetricStreamConfiguration? HistogramView(Instrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        if (instrument is not Histogram<double>)
        {
            return null;
        }

        return new ExplicitBucketHistogramConfiguration
        {
            Name = instrument.Name + "_" + (instrument.Unit is { Length: > 0 } unit ? unit : "value"),
            Boundaries = instrument.Unit == "us" ? MicrosecondBuckets : MillisecondBuckets,
        };
    }

    /// <summary>Names as written (dots to underscores, no suffixes), no scope labels, every scrape fresh.</summary>
    public static void Configure(PrometheusHttpListenerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.TranslationStrategy = PrometheusHttpListenerTranslationStrategy.UnderscoreEscapingWithoutSuffixes;
        options.DisableTotalNameSuffixForCounters = true;
        options.ScopeInfoEnabled = false;
        options.ScrapeResponseCacheDurationMilliseconds = 0;
    }
}
