using FandomBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FandomBot.Storage;

/// <summary>
/// A settings store on a throwaway SQLite file in its own temporary folder, deleted on dispose: the same store code as
/// the real one (cache, repository, SQL, migrations) on a database nothing else reads. The host warms its reminder path
/// with it at start-up, so that running the path once on made-up messages writes nothing into the real settings.
/// </summary>
public sealed class ScratchSettingsStore : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly SqliteSettingsDatabase _database;

    private ScratchSettingsStore(string directory, TimeProvider timeProvider, ILoggerFactory loggerFactory)
    {
        FilePath = Path.Combine(directory, "scratch.db");
        _connectionString = new SqliteConnectionStringBuilder { DataSource = FilePath }.ToString();
        _database = new SqliteSettingsDatabase(_connectionString, timeProvider);
        Store = new CachedSettingsStore(_database, loggerFactory.CreateLogger<CachedSettingsStore>());
    }

    /// <summary>The scratch database's file, in a folder of its own that only this user can open.</summary>
    public string FilePath { get; }

    /// <summary>The store on the scratch database.</summary>
    public ISettingsStore Store { get; }

    /// <summary>Creates the scratch folder and database, migrated to the latest schema.</summary>
    public static async Task<ScratchSettingsStore> CreateAsync(TimeProvider timeProvider, ILoggerFactory? loggerFactory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        var directory = Directory.CreateTempSubdirectory("fandombot-scratch-").FullName;
        var scratch = new ScratchSettingsStore(directory, timeProvider, loggerFactory ?? NullLoggerFactory.Instance);
        try
        {
            await scratch._database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            return scratch;
        }
        catch
        {
            await scratch.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Closes the pooled connections and deletes the folder with the database.</summary>
    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync().ConfigureAwait(false);
        using (var connection = new SqliteConnection(_connectionString))
        {
            // Pooled connections keep the file (and its WAL) open; only this database's pool is cleared.
            SqliteConnection.ClearPool(connection);
        }

        try
        {
            Directory.Delete(Path.GetDirectoryName(FilePath)!, recursive: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A temporary folder left behind costs a few kilobytes; the next start makes its own.
        }
    }
}
