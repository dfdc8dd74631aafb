using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Prometheus;

namespace FandomBot.Diagnostics;

/// <summary>
/// Feeds our System.Diagnostics.Metrics instruments into a prometheus-net registry: counters stay counters, histograms
/// become Prometheus histograms, observable gauges become gauges read at every scrape, tags become labels. (prometheus-net's own meter adapter, tried first, exported none of
/// our measurements with the version served here, so this small bridge does the one thing we need.)
/// </summary>
internal sealed class MeterBridge : IDisposable
{
    private static readonly double[] MillisecondBuckets = [0.5, 1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000];
    private static readonly double[] MicrosecondBuckets = [0.5, 1, 2, 5, 10, 20, 50, 100, 500, 1000];

    private readonly MeterListener _listener = new();
    private readonly MetricFactory _factory;
    private readonly ConcurrentDictionary<Instrument, Collector> _collectors = new();

    public MeterBridge(CollectorRegistry registry, Func<Meter, bool> meterFilter)
    {
        _factory = Metrics.WithCustomRegistry(registry);
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (meterFilter(instrument.Meter))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();

        // Observable instruments report only when asked: ask just before each scrape, so gauges are current.
        registry.AddBeforeCollectCallback(_listener.RecordObservableInstruments);
    }

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labelValues = new string[tags.Length];
        var labelNames = new string[tags.Length];
        for (var i = 0; i < tags.Length; i++)
        {
            labelNames[i] = tags[i].Key;
            labelValues[i] = Convert.ToString(tags[i].Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        }

        var collector = _collectors.GetOrAdd(instrument, i => Create(i, labelNames));
        switch (collector)
        {
            case Counter counter when instrument.IsObservable:
                // An observable counter reports its running total, not an increment.
                counter.WithLabels(labelValues).IncTo(value);
                break;
            case Counter counter:
                counter.WithLabels(labelValues).Inc(value);
                break;
            case Gauge gauge:
                gauge.WithLabels(labelValues).Set(value);
                break;
            case Histogram histogram:
                histogram.WithLabels(labelValues).Observe(value);
                break;
            default:
                break;
        }
    }

    private Collector Create(Instrument instrument, string[] labelNames)
    {
        var name = instrument.Name.Replace('.', '_').Replace('-', '_');
        var help = instrument.Unit is { Length: > 0 } unit ? $"{instrument.Description} ({unit})" : instrument.Description ?? instrument.Name;
        return instrument switch
        {
            Histogram<double> => _factory.CreateHistogram(name + "_" + (instrument.Unit ?? "value"), help, labelNames, new HistogramConfiguration
            {
                Buckets = instrument.Unit == "us" ? MicrosecondBuckets : MillisecondBuckets,
            }),
            ObservableGauge<long> or ObservableGauge<double> => _factory.CreateGauge(name, help, labelNames),
            _ => _factory.CreateCounter(name, help, labelNames),
        };
    }
}
