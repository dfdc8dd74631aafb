using System.Data.Common;
using FandomBot.Storage.Sql;
using Microsoft.Data.Sqlite;

namespace FandomBot.Storage.Sqlite;

/// <summary>
/// The settings store on a SQLite file, in WAL mode. Every connection runs with <c>synchronous=FULL</c>: in WAL mode
/// that fsyncs the log at each commit, so an acknowledged moderator change survives not only SIGKILL (which NORMAL
/// would survive too, the OS still holding the written pages) but also a power cut or a host crash, which NORMAL
/// would not. Settings writes are a few per minute at most, so one fsync each costs nothing that matters.
/// </summary>
internal sealed class SqliteSettingsDatabase : ISettingsDatabase
{
    // SQLite waits this long for another writer (another process on the same file, or the migrator) before failing.
    private const int BusyTimeoutMilliseconds = 10_000;

    private readonly string _connectionString;
    private readonly TimeProvider _timeProvider;

    public SqliteSettingsDatabase(string connectionString, TimeProvider timeProvider)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            throw new ArgumentException("The SQLite connection string has no Data Source.", nameof(connectionString));
        }

        builder.Pooling = true;
        _connectionString = builder.ToString();
        FilePath = Path.GetFullPath(builder.DataSource);
        _timeProvider = timeProvider;
    }

    public StorageProvider Provider => StorageProvider.Sqlite;

    /// <summary>The database file, absolute.</summary>
    public string FilePath { get; }

    public string Description => $"SQLite at {FilePath}";

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(
                $"PRAGMA synchronous = FULL; PRAGMA busy_timeout = {BusyTimeoutMilliseconds};", null, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // Not deferred = BEGIN IMMEDIATE: the write lock is taken up front, so two writers queue instead of one failing
    // with SQLITE_BUSY when it tries to upgrade a read lock.
    public Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    // Deferred: a WAL read transaction sees one snapshot from its first read to its end.
    public Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    // Other processes on the same file notice through the revision row when they poll.
    public Task SignalChangeAsync(DbConnection connection, DbTransaction transaction, ulong guildId, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public async Task<MigrationReport> MigrateAsync(CancellationToken cancellationToken)
    {
        // First run: the directory (data/ by default) does not exist yet.
        var directory = Path.GetDirectoryName(FilePath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        await using var connection = await OpenAsync(cancellationToken);

        // Persistent in the file; must run outside a transaction.
        var journalMode = await connection.ScalarAsync<string>("PRAGMA journal_mode = WAL;", null, cancellationToken);
        if (!string.Equals(journalMode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Could not switch the SQLite database at {FilePath} to WAL mode (it reports '{journalMode}').");
        }

        // BEGIN IMMEDIATE: a second process starting at the same moment waits here, then finds nothing to do.
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        var report = await SchemaMigrationRunner.ApplyPendingAsync(
            connection, transaction, SqliteSchema.CreateSchemaVersionTable, SqliteSchema.Migrations, _timeProvider, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return report;
    }

    public bool IsUnavailable(Exception exception) => exception switch
    {
        // SQL errors, constraint violations and type mismatches are bugs of ours, not an unreachable database.
        SqliteException sqlite => sqlite.SqliteErrorCode is not (SqliteErrorCodes.Error or SqliteErrorCodes.Constraint or SqliteErrorCodes.Mismatch or SqliteErrorCodes.Misuse or SqliteErrorCodes.Range),
        IOException or UnauthorizedAccessException or TimeoutException => true,
        _ => false,
    };

    // Pooled connections belong to Microsoft.Data.Sqlite's process-wide pool; nothing of ours to release.
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
