using FandomBot.Discord.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Prometheus;

namespace FandomBot.Diagnostics;

/// <summary>
/// Serves every FandomBot instrument (System.Diagnostics.Metrics, through <see cref="MeterBridge"/>) in Prometheus
/// text format at <c>/metrics</c> with prometheus-net's metric server, when <c>Metrics:Port</c> is set.
/// </summary>
/// <remarks>
/// The static meters are process-wide; of the per-host meters only this host's gauges are exported, since other hosts
/// in the same test process create gauges with the same names.
/// </remarks>
internal sealed partial class PrometheusEndpoint(
    IOptions<MetricsOptions> options, BotGauges gauges, ILogger<PrometheusEndpoint> logger) : IHostedService, IDisposable
{
    private MetricServer? _server;
    private MeterBridge? _bridge;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Port is not { } port || port == 0)
        {
            return Task.CompletedTask;
        }

        var registry = Metrics.NewCustomRegistry();
        _bridge = new MeterBridge(
            registry,
            meter => meter.Scope is null ? meter.Name is BotMetrics.MeterName or DiscordMetrics.MeterName : ReferenceEquals(meter, gauges.Meter));
        _server = new MetricServer(options.Value.Host, port, registry: registry);
        _server.Start();
        LogListening(logger, options.Value.Host, port);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is not null)
        {
            await _server.StopAsync().ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _bridge?.Dispose();
        _server?.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Prometheus metrics at http://{Host}:{Port}/metrics")]
    private static partial void LogListening(ILogger logger, string host, int port);
}
