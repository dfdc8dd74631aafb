using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FandomBot.Health;

internal static class HealthServiceCollectionExtensions
{
    /// <summary>The status file the health check reads, written from the shards' state (<c>Health</c>, validated).</summary>
    public static IServiceCollection AddHealthStatusFile(this IServiceCollection services)
    {
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HealthOptions>, HealthOptionsValidator>();
        services.AddSingleton<IShardStatusSource, ShardStatusSource>();
        services.AddHostedService<StatusFileWriter>();
        return services;
    }
}
