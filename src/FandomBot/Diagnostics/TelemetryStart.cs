using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace FandomBot.Diagnostics;

/// <summary>
/// Creates this host's gauges (<see cref="BotGauges"/>), says at start where the telemetry goes, and makes the last
/// push when the host has stopped.
/// </summary>
/// <remarks>
/// Why the last push is made here: left to the container's disposal, OpenTelemetry's providers pushed their final
/// export after this host's meter factory had been disposed, so the final OTLP export lacked every gauge (work in
/// flight, queued events, memory). Once every service has stopped (gateway closed, work drained) nothing changes any
/// more, and every instrument still exists: shutting the providers down then exports the final values of all of them.
/// </remarks>
internal sealed partial class TelemetryStart(
    BotGauges gauges,
    IOptions<MetricsOptions> metrics,
    IOptions<TracingOptions> tracing,
    IConfiguration configuration,
    IServiceProvider services,
    ILogger<TelemetryStart> logger)
    : IHostedLifecycleService
{
    // The final export to a collector that does not answer must not hold up the process's exit for long.
    private const int ShutdownTimeoutMilliseconds = 5_000;

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

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken)
    {
        // Shut down (final export, then nothing more) rather than flush: a flush here would be followed by the
        // providers' own shutdown export at disposal, the one that lacked the gauges.
        services.GetService<MeterProvider>()?.Shutdown(ShutdownTimeoutMilliseconds);
        services.GetService<TracerProvider>()?.Shutdown(ShutdownTimeoutMilliseconds);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Prometheus metrics at http://{Host}:{Port}/metrics")]
    private static partial void LogPrometheus(ILogger logger, string host, int port);

    [LoggerMessage(Level = LogLevel.Information, Message = "OpenTelemetry export (OTLP) to {Endpoint}")]
    private static partial void LogOtlp(ILogger logger, string endpoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tracing the reminder path, {SampleRatio:P0} of messages")]
    private static partial void LogTracing(ILogger logger, double sampleRatio);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tracing:Enabled is true but OTEL_EXPORTER_OTLP_ENDPOINT is not set: the spans are recorded and go nowhere")]
    private static partial void LogTracesNowhere(ILogger logger);
}
