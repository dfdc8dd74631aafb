using FandomBot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace FandomBot.Features.Fandoms;

/// <summary>Registers the built-in packs (checked at start-up) and the per-guild detector cache.</summary>
internal static class FandomsServiceCollectionExtensions
{
    public static IServiceCollection AddFandoms(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<BuiltInFandoms>();
        services.AddSingleton<IStartupCheck, FandomPacksStartupCheck>();
        services.AddSingleton<GuildDirectoryCache>();
        return services;
    }
}
