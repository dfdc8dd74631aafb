using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace FandomBot.EndToEnd.Tests.Faults;

/// <summary>One scrape of the bot's Prometheus endpoint (<c>Metrics:Port</c>), read the way Prometheus reads it.</summary>
internal sealed class MetricsPage
{
    private readonly Dictionary<string, List<double>> _samples;

    private MetricsPage(Dictionary<string, List<double>> samples) => _samples = samples;

    /// <summary>A port nobody listens on now, for the bot's metrics endpoint on 127.0.0.1.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<MetricsPage> ScrapeAsync(HttpClient http, int port, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var text = await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/metrics"), cancellationToken);
        var samples = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            // name{labels} value  or  name value
            var valueStart = line.LastIndexOf(' ');
            var nameEnd = line.IndexOfAny(['{', ' ']);
            if (valueStart <= 0 || nameEnd <= 0)
            {
                continue;
            }

            var name = line[..nameEnd];
            var value = double.Parse(line[(valueStart + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture);
            if (!samples.TryGetValue(name, out var values))
            {
                samples[name] = values = [];
            }

            values.Add(value);
        }

        return new MetricsPage(samples);
    }

    /// <summary>The metric summed over its label sets; 0 when the bot has not exported it yet (a counter never incremented).</summary>
    public double Sum(string name) => _samples.TryGetValue(name, out var values) ? values.Sum() : 0;

    /// <summary>The value of a metric without labels; fails the test when it is missing.</summary>
    public double Single(string name)
    {
        if (_samples.TryGetValue(name, out var values) && values.Count == 1)
        {
            return values[0];
        }

        Assert.Fail($"Metric {name} is not on the page (or has labels).");
        return 0;
    }
}
