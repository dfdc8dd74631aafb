using System.Data;
using System.Data.Common;
using System.Globalization;
using FandomBot.Storage.Sql;
using Npgsql;

namespace FandomBot.Storage.Postgres;

/// <summary>
/// The settings store on PostgreSQL, shared by every process of a sharded bot. Commits are durable when they return
/// (PostgreSQL's default <c>synchronous_commit = on</c>); writers serialise on the revision row; a change is announced
/// with NOTIFY on <see cref="ChangeChannel"/> and also found by polling, so a lost notification only delays it.
/// </summary>
internal sealed class PostgresSettingsDatabase : ISettingsDatabase
{
    /// <summary>The LISTEN/NOTIFY channel; the payload is the guild id.</summary>
    public const string ChangeChannel = "fandombot_settings_changed";

    // Any fixed number works; every FandomBot process must use the same one. ASCII "FandomBt".
    private const long MigrationLockKey = 0x46616E646F6D4274;

    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _timeProvider;

    public PostgresSettingsDatabase(string connectionString, TimeProvider timeProvider)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        ConnectionString = builder.ConnectionString;
        Description = $"PostgreSQL at {builder.Host}:{builder.Port.ToString(CultureInfo.InvariantCulture)}/{builder.Database} as {builder.Username}";
        _dataSource = NpgsqlDataSource.Create(builder);
        _timeProvider = timeProvider;
    }

    public StorageProvider Provider => StorageProvider.Postgres;

    public string Description { get; }

    /// <summary>For the change listener, which keeps its own long-lived connection outside the pool.</summary>
    internal string ConnectionString { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        // After PostgreSQL restarts, idle pooled connections are dead but look open. One cheap probe finds out; the
        // failed connection is discarded by Npgsql, and the second attempt gets a fresh one. Writes are rare, so the
        // round trip costs nothing that matters, and it turns "first write after a restart fails" into "succeeds".
        for (var attempt = 1; ; attempt++)
        {
            var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            try
            {
                await using var probe = new NpgsqlCommand("SELECT 1", connection);
                await probe.ExecuteScalarAsync(cancellationToken);
                return connection;
            }
            catch (Exception exception) when (attempt == 1 && IsUnavailable(exception))
            {
                await connection.DisposeAsync();
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        }
    }

    public async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await ((NpgsqlConnection)connection).BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);

    public async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await ((NpgsqlConnection)connection).BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);

    // pg_notify inside the transaction: delivered only if, and when, the change commits.
    public Task SignalChangeAsync(DbConnection connection, DbTransaction transaction, ulong guildId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(
            "SELECT pg_notify(@Channel, @Payload)",
            transaction,
            cancellationToken,
            SqlArgument.Of("Channel", ChangeChannel),
            SqlArgument.Of("Payload", guildId.ToString(CultureInfo.InvariantCulture)));

    public async Task<MigrationReport> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);

        // Session-level advisory lock: a second process starting together waits here, then finds nothing to do.
        await connection.ExecuteAsync("SELECT pg_advisory_lock(@Key)", null, cancellationToken, SqlArgument.Of("Key", MigrationLockKey));
        try
        {
            await using var transaction = await BeginWriteAsync(connection, cancellationToken);
            var report = await SchemaMigrationRunner.ApplyPendingAsync(
                connection, transaction, PostgresSchema.CreateSchemaVersionTable, PostgresSchema.Migrations, _timeProvider, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return report;
        }
        finally
        {
            // Closing the session releases it too (and does, if the connection broke); unlocking keeps the pooled
            // connection clean for its next user.
            try
            {
                await connection.ExecuteAsync("SELECT pg_advisory_unlock(@Key)", null, CancellationToken.None, SqlArgument.Of("Key", MigrationLockKey));
            }
            catch (Exception exception) when (IsUnavailable(exception))
            {
                // The session is gone, and the lock with it.
            }
        }
    }

    public bool IsUnavailable(Exception exception) => exception switch
    {
        // Errors in our SQL or data (classes 22 data, 23 integrity, 42 syntax/access) are bugs, not an outage.
        PostgresException postgres => postgres.SqlState is not { Length: 5 } state
            || !(state.StartsWith("22", StringComparison.Ordinal) || state.StartsWith("23", StringComparison.Ordinal) || state.StartsWith("42", StringComparison.Ordinal)),
        NpgsqlException or TimeoutException or IOException or System.Net.Sockets.SocketException => true,
        _ => false,
    };

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
