using FandomBot.Storage.Postgres;
using FandomBot.Storage.Shards;
using FandomBot.Storage.Sqlite;
using Microsoft.Extensions.Logging;

namespace FandomBot.Storage;

/// <summary>
/// Everything the store needs at run time, built from <see cref="StorageOptions"/>: the database, the cached store,
/// the change watcher, the gateway sessions, the identify buckets and, on PostgreSQL, the change listener. <see cref="StartAsync"/> migrates, then starts
/// watching; the host calls it through <see cref="SettingsStoreHostedService"/>, tests call it directly.
/// </summary>
internal sealed partial class SettingsStoreRuntime : IAsyncDisposable
{
    private readonly ILogger _logger;

    public SettingsStoreRuntime(StorageOptions options, TimeProvider timeProvider, ILoggerFactory loggerFactory)
    {
        var provider = options.ParsedProvider
            ?? throw new ArgumentException($"{StorageOptions.SectionName}:Provider must be Sqlite or Postgres (got '{options.Provider}')", nameof(options));
        _logger = loggerFactory.CreateLogger<SettingsStoreRuntime>();
        Database = provider switch
        {
            StorageProvider.Sqlite => new SqliteSettingsDatabase(options.EffectiveConnectionString, timeProvider),
            _ => new PostgresSettingsDatabase(options.EffectiveConnectionString, timeProvider),
        };
        Store = new CachedSettingsStore(Database, loggerFactory.CreateLogger<CachedSettingsStore>());
        Watcher = new SettingsChangeWatcher(Store, options.PollInterval, timeProvider, loggerFactory.CreateLogger<SettingsChangeWatcher>());
        ShardSessions = new ShardSessionStore(Database, loggerFactory.CreateLogger<ShardSessionStore>());
        if (Database is PostgresSettingsDatabase postgres)
        {
            Listener = new PostgresChangeListener(postgres.ConnectionString, Watcher.Wake, timeProvider, loggerFactory.CreateLogger<PostgresChangeListener>());
            IdentifyBuckets = new PostgresIdentifyBuckets(postgres, timeProvider, loggerFactory.CreateLogger<PostgresIdentifyBuckets>());
        }
        else
        {
            IdentifyBuckets = new SqliteIdentifyBuckets(Database, timeProvider, loggerFactory.CreateLogger<SqliteIdentifyBuckets>());
        }
    }

    public ISettingsDatabase Database { get; }

    public CachedSettingsStore Store { get; }

    public SettingsChangeWatcher Watcher { get; }

    public PostgresChangeListener? Listener { get; }

    public IShardSessionStore ShardSessions { get; }

    public IIdentifyBuckets IdentifyBuckets { get; }

    public async Task<MigrationReport> StartAsync(CancellationToken cancellationToken)
    {
        MigrationReport report;
        try
        {
            report = await Database.MigrateAsync(cancellationToken);
        }
        catch (Exception exception) when (Database.IsUnavailable(exception))
        {
            // Fail the start-up with where we looked (never the password) rather than run without settings.
            throw new InvalidOperationException(
                $"Could not reach the settings database ({Database.Description}) to migrate it at start-up: {exception.Message}", exception);
        }

        LogStarted(_logger, Database.Description, report.VersionAfter, report.Applied.Count);

        // Learn which guilds have settings before the first messages come, so the others need no query (see
        // CachedSettingsStore); a failure here only means those first reads query the database.
        _ = await Store.RefreshAsync(cancellationToken);
        Watcher.Start();
        Listener?.Start();
        return report;
    }

    public async Task StopAsync()
    {
        if (Listener is not null)
        {
            await Listener.StopAsync();
        }

        await Watcher.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (IdentifyBuckets is IAsyncDisposable buckets)
        {
            await buckets.DisposeAsync();
        }

        await Database.DisposeAsync();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Settings store: {Database}, schema version {Version} ({Applied} migrations applied now)")]
    private static partial void LogStarted(ILogger logger, string database, int version, int applied);
}
