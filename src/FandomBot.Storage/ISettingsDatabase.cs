using System.Data.Common;

namespace FandomBot.Storage;

/// <summary>
/// What differs between SQLite and PostgreSQL: connecting, locking for writes, snapshots for reads, telling other
/// processes about a change, and migrating. The SQL itself is shared (<see cref="SettingsRepository"/>).
/// </summary>
internal interface ISettingsDatabase : IAsyncDisposable
{
    StorageProvider Provider { get; }

    /// <summary>Where the database is, for logs: never the password.</summary>
    string Description { get; }

    /// <summary>An open connection, set up for durable writes.</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>A transaction that may write; settings writes are serialised by the revision row it updates first.</summary>
    Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>A read-only transaction in which every statement sees the same snapshot.</summary>
    Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Tells other processes, at commit, that a guild changed (PostgreSQL NOTIFY; nothing for SQLite).</summary>
    Task SignalChangeAsync(DbConnection connection, DbTransaction transaction, ulong guildId, CancellationToken cancellationToken);

    /// <summary>Applies pending migrations; safe when several processes start together.</summary>
    Task<MigrationReport> MigrateAsync(CancellationToken cancellationToken);

    /// <summary>True for failures that mean "the database cannot be reached or used right now", not bugs in our SQL.</summary>
    bool IsUnavailable(Exception exception);
}
