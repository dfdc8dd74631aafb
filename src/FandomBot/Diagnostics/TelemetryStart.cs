using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FandomBot.Diagnostics;

/// <summary>Creates this host's gauges (<see cref="BotGauges"/>) and says at start where the telemetry goes.</summary>
internal sealed partial class TelemetryStart(
    BotGauges gauges, IOptions<MetricsOptions> metrics, IOptions<TracingOptions> tracing, IConfiguration configuration, ILogger<TelemetryStart> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = gauges.Meter;
        if (metrics.Value.Port is > 0 and var port)
        {
            LogPrometheus(logger, metrics.Value.Host, port);
        }

        var otlp = configuration[TelemetryServiceCollectionExtensions.OtlpEndpointKey];
        if (!string.IsNullOrWhiteSpace(otlp))
        {
            LogOtlp(logger, otlp);
        }

        if (tracing.Value.Enabled)
        {
            if (string.IsNullOrWhiteSpace(otlp))
            {
                LogTracesNowhere(logger);
            }
            else
            {
                LogTracing(logger, tracing.Value.SampleRatio);
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Prometheus metrics at http://{Host}:{Port}/metrics")]
    private static partial void LogPrometheus(ILogger logger, string host, int port);

    [LoggerMessage(Level = LogLevel.Information, Message = "OpenTelemetry export (OTLP) to {Endpoint}")]
    private static partial void LogOtlp(ILogger logger, string endpoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tracing the reminder path, {SampleRatio:P0} of messages")]
    private static partial void LogTracing(ILogger logger, double sampleRatio);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tracing:Enabled is true but OTEL_EXPORTER_OTLP_ENDPOINT is not set: the spans are recorded and go nowhere")]
    private static partial void LogTracesNowhere(ILogger logger);
}
