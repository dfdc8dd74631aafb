using System.Globalization;
using FandomBot.Discord.Diagnostics;
using FandomBot.Discord.Sharding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace FandomBot.Diagnostics;

internal static class TelemetryServiceCollectionExtensions
{
    /// <summary>The environment variable (or configuration key) that turns on OTLP export, as every OpenTelemetry SDK reads it.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// The bot's and the client's instruments through OpenTelemetry: a Prometheus endpoint when <c>Metrics:Port</c> is
    /// set, OTLP export when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is, and spans of the reminder path when
    /// <c>Tracing:Enabled</c> is true. With none of these, no OpenTelemetry provider is built at all.
    /// </summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MetricsOptions>, MetricsOptionsValidator>();
        services.AddOptions<TracingOptions>().BindConfiguration(TracingOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TracingOptions>, TracingOptionsValidator>();
        services.AddSingleton<BotGauges>();
        services.AddHostedService<TelemetryStart>();

        // Which exporters exist is decided here, from the raw values; a malformed one builds none and then fails
        // validation at start with the key's name, as every other option does.
        var port = int.TryParse(configuration[$"{MetricsOptions.SectionName}:{nameof(MetricsOptions.Port)}"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and <= 65535 ? p : 0;
        var host = configuration[$"{MetricsOptions.SectionName}:{nameof(MetricsOptions.Host)}"] is { Length: > 0 } h ? h : new MetricsOptions().Host;
        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointKey]);
        var tracing = bool.TryParse(configuration[$"{TracingOptions.SectionName}:{nameof(TracingOptions.Enabled)}"], out var enabled) && enabled;
        if (port == 0 && !otlp && !tracing)
        {
            return services;
        }

        var hostName = HostOrdinal.CurrentHostName;
        var telemetry = services.AddOpenTelemetry().ConfigureResource(resource => resource
            .AddService(TelemetryResource.ServiceName, serviceVersion: typeof(TelemetryResource).Assembly.GetName().Version?.ToString(), autoGenerateServiceInstanceId: false, serviceInstanceId: hostName)
            .AddAttributes(TelemetryResource.Attributes(configuration, hostName)));

        if (port != 0 || otlp)
        {
            // The meters go through the host's metrics rules, not AddMeter: that way OpenTelemetry sees the static
            // meters and this host's gauges (BotGauges), never the gauges of another host in the same process.
            services.AddMetrics(metrics => metrics.EnableMetrics(BotMetrics.MeterName).EnableMetrics(DiscordMetrics.MeterName));
            telemetry.WithMetrics(metrics =>
            {
                metrics.AddView(PrometheusCompatibleNames.HistogramView);
                if (port != 0)
                {
                    metrics.AddPrometheusHttpListener(options =>
                    {
                        // "+" and "*" (every address, what a container needs) are HttpListener prefixes, not host
                        // names the exporter can parse: give it a valid one, then listen on the wildcard prefix.
                        var everyAddress = host is "+" or "*";
                        options.Host = everyAddress ? "localhost" : host;
                        options.Port = port;
                        if (everyAddress)
                        {
                            options.ConfigureHttpListener = (_, listener) =>
                            {
                                listener.Prefixes.Clear();
                                listener.Prefixes.Add(FormattableString.Invariant($"http://{host}:{port}/"));
                            };
                        }

                        PrometheusCompatibleNames.Configure(options);
                    });
                }

                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        }

        if (tracing)
        {
            telemetry.WithTracing(traces =>
            {
                traces.SetSampler(provider => new ParentBasedSampler(new TraceIdRatioBasedSampler(provider.GetRequiredService<IOptions<TracingOptions>>().Value.SampleRatio)))
                    .AddSource(BotTracing.SourceName, "System.Net.Http");
                if (otlp)
                {
                    traces.AddOtlpExporter();
                }
            });
        }

        return services;
    }

    /// <summary>One full compacting collection once a burst is over, so the heap comes back to its quiet size.</summary>
    public static IServiceCollection AddHeapCompactionAfterBursts(this IServiceCollection services)
    {
        services.AddHostedService<HeapCompactionAfterBursts>();
        return services;
    }
}
