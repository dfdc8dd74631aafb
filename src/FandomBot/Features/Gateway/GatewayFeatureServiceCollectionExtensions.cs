using FandomBot.Discord.Gateway;
using FandomBot.Discord.Sharding;
using FandomBot.Health;
using Microsoft.Extensions.DependencyInjection;

namespace FandomBot.Features.Gateway;

internal static class GatewayFeatureServiceCollectionExtensions
{
    /// <summary>
    /// The Discord client (REST + gateway shards), with sessions handed over and identify turns taken through the
    /// settings database; the event loop that feeds the features; and the status file.
    /// </summary>
    public static IServiceCollection AddDiscordClient(this IServiceCollection services)
    {
        services.AddSingleton<IGatewaySessionStore, StoredGatewaySessions>();
        services.AddSingleton<IIdentifyCoordinator, DatabaseIdentifyCoordinator>();
        services.AddDiscordGateway();
        services.AddSingleton<InFlightWork>();
        services.AddSingleton<IShardStatusSource, ShardStatusSource>();
        services.AddHostedService<BotEventLoop>();
        services.AddHostedService<StatusFileWriter>();
        return services;
    }
}
