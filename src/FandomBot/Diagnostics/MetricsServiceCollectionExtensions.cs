using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FandomBot.Diagnostics;

internal static class MetricsServiceCollectionExtensions
{
    /// <summary>The optional Prometheus endpoint for the bot's and the client's instruments.</summary>
    public static IServiceCollection AddMetricsEndpoint(this IServiceCollection services)
    {
        services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MetricsOptions>, MetricsOptionsValidator>();
        services.AddSingleton<BotGauges>();
        services.AddHostedService<PrometheusEndpoint>();
        return services;
    }

    /// <summary>One full compacting collection once a burst is over, so the heap comes back to its quiet size.</summary>
    public static IServiceCollection AddHeapCompactionAfterBursts(this IServiceCollection services)
    {
        services.AddHostedService<HeapCompactionAfterBursts>();
        return services;
    }
}
