using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit;

namespace FandomBot.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"fandombot-host-{Guid.NewGuid():N}");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_host_migrates_at_start_and_settings_survive_a_host_restart()
    {
        var databasePath = Path.Combine(_root, "data", "fandombot.db");
        var configuration = new Dictionary<string, string?> { ["Storage:ConnectionString"] = $"Data Source={databasePath}" };

        using (var host = BuildHost(configuration))
        {
            await host.StartAsync(Ct);
            var store = host.Services.GetRequiredService<ISettingsStore>();
            Assert.True((await store.SetCooldownAsync(1, 30, Ct)).IsSuccess);
            await host.StopAsync(Ct);
        }

        using (var restarted = BuildHost(configuration))
        {
            await restarted.StartAsync(Ct);
            var store = restarted.Services.GetRequiredService<ISettingsStore>();
            Assert.Equal(30, (await store.GetAsync(1, Ct)).CooldownMinutes);
            await restarted.StopAsync(Ct);
        }

        Assert.True(File.Exists(databasePath));
    }

    [Fact]
    public async Task A_wrong_provider_stops_the_host_at_start_naming_the_key()
    {
        using var host = BuildHost(new Dictionary<string, string?> { ["Storage:Provider"] = "Mongo" });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains("Storage:Provider must be Sqlite or Postgres (got 'Mongo')", failure.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static IHost BuildHost(Dictionary<string, string?> configuration)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Services.AddSettingsStore(builder.Configuration);
        return builder.Build();
    }
}
