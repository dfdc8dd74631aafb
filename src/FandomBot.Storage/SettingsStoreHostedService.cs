using Microsoft.Extensions.Hosting;

namespace FandomBot.Storage;

/// <summary>
/// Migrates the database and starts change watching during host start-up, before the bot takes events (register
/// <see cref="StorageServiceCollectionExtensions.AddSettingsStore"/> before the bot's own hosted services).
/// </summary>
internal sealed class SettingsStoreHostedService(SettingsStoreRuntime runtime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => runtime.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => runtime.StopAsync();
}
