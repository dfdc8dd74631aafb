using FandomBot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace FandomBot.Detectors;

/// <summary>Registers the built-in packs (checked at start-up) and the per-guild detector cache.</summary>
internal static class DetectorsServiceCollectionExtensions
{
    public static IServiceCollection AddGuildDetectors(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<BuiltInFandoms>();
        services.AddSingleton<IStartupCheck, FandomPacksStartupCheck>();
        services.AddSingleton<GuildDetectors>();
        return services;
    }
}
