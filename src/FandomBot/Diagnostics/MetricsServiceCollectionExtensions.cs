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
        services.AddHostedService<PrometheusEndpoint>();
        return services;
    }
}
