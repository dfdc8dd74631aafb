using FandomBot.Discord.Gateway;
using FandomBot.Discord.Sharding;
using Microsoft.Extensions.DependencyInjection;

namespace FandomBot.Gateway;

internal static class GatewayServiceCollectionExtensions
{
    /// <summary>
    /// The Discord client (REST + gateway shards), with sessions handed over and identify turns taken through the
    /// settings database.
    /// </summary>
    public static IServiceCollection AddDiscordClient(this IServiceCollection services)
    {
        services.AddSingleton<IGatewaySessionStore, StoredGatewaySessions>();
        services.AddSingleton<IIdentifyCoordinator, DatabaseIdentifyCoordinator>();
        services.AddDiscordGateway();
        return services;
    }

    /// <summary>The event loop that feeds gateway events to the features' handlers, and the work it starts.</summary>
    public static IServiceCollection AddGatewayEventLoop(this IServiceCollection services)
    {
        services.AddSingleton<InFlightWork>();
        services.AddSingleton<GatewayStartFailure>();
        services.AddHostedService<BotEventLoop>();
        return services;
    }
}
