using FandomBot.Discord.Rest;
using FandomBot.Discord.Sharding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FandomBot.Discord.Gateway;

/// <summary>Registers the gateway: shard options validation and the shard manager.</summary>
public static class GatewayServiceCollectionExtensions
{
    /// <summary>
    /// Adds the gateway on top of <see cref="RestServiceCollectionExtensions.AddDiscordRest"/> (which it calls):
    /// <see cref="ShardManager"/> as a singleton and the <c>Discord:ShardIds</c> / <c>Discord:ShardCount</c> checks.
    /// The host starts it (<see cref="ShardManager.StartAsync"/>) and reads <see cref="ShardManager.Events"/>. A host
    /// that keeps sessions across restarts, or runs shards in several processes, registers its
    /// <see cref="IGatewaySessionStore"/> and <see cref="IIdentifyCoordinator"/> first; otherwise nothing is kept and
    /// identify pacing is this process's alone.
    /// </summary>
    public static IServiceCollection AddDiscordGateway(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddDiscordRest();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordClientOptions>, DiscordShardOptionsValidator>());
        services.TryAddSingleton<IGatewayBotInfoSource, RestGatewayBotInfoSource>();
        services.TryAddSingleton<IGatewaySessionStore>(NoGatewaySessionStore.Instance);
        services.TryAddSingleton<IIdentifyCoordinator>(SingleProcessIdentifyCoordinator.Instance);
        services.TryAddSingleton<ShardManager>();
        return services;
    }
}
