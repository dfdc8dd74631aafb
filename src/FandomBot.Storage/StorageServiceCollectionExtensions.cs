using FandomBot.Storage.Shards;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FandomBot.Storage;

/// <summary>Registers the settings store.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ISettingsStore"/> (SQLite or PostgreSQL per <c>Storage:Provider</c>), the gateway's
    /// <see cref="IShardSessionStore"/> and <see cref="IIdentifyBuckets"/> on the same database, validates
    /// <see cref="StorageOptions"/> at start, and adds a hosted service that migrates the database and starts
    /// watching for changes by other processes. Call it before the bot's features so migrations finish first.
    /// </summary>
    public static IServiceCollection AddSettingsStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton(provider => new SettingsStoreRuntime(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance));
        services.TryAddSingleton<ISettingsStore>(provider => provider.GetRequiredService<SettingsStoreRuntime>().Store);
        services.TryAddSingleton<IShardSessionStore>(provider => provider.GetRequiredService<SettingsStoreRuntime>().ShardSessions);
        services.TryAddSingleton<IIdentifyBuckets>(provider => provider.GetRequiredService<SettingsStoreRuntime>().IdentifyBuckets);
        services.AddHostedService<SettingsStoreHostedService>();
        return services;
    }
}
