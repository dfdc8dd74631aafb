using System.Globalization;
using FandomBot.Storage.Shards;
using FandomBot.Storage.Sql;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FandomBot.Storage.Postgres;

/// <summary>
/// Identify turns among the processes of one bot on PostgreSQL. A turn is a session-level advisory lock on
/// (<see cref="LockClass"/>, bucket), held on a connection of its own outside the pool: if the process dies mid-turn,
/// its session ends and PostgreSQL releases the lock, so no bucket stays blocked. The holder waits until the bucket's
/// last IDENTIFY (<c>gateway_identify_buckets</c>) is the spacing behind the database's clock, which every process
/// shares, so machines whose clocks disagree still space their identifies right.
/// </summary>
internal sealed partial class PostgresIdentifyBuckets : IIdentifyBuckets, IAsyncDisposable
{
    /// <summary>
    /// The first key of the two-integer advisory locks; the migration lock uses a single bigint key, and PostgreSQL
    /// keeps the two key spaces apart. ASCII "FBid".
    /// </summary>
    internal const int LockClass = 0x46426964;

    private const string SecondsSinceLastIdentifySql =
        "SELECT EXTRACT(EPOCH FROM (clock_timestamp() - last_identify_at))::float8 FROM gateway_identify_buckets WHERE bucket = @Bucket";

    private const string RecordIdentifySql = """
        INSERT INTO gateway_identify_buckets (bucket, last_identify_at) VALUES (@Bucket, clock_timestamp())
        ON CONFLICT (bucket) DO UPDATE SET last_identify_at = GREATEST(gateway_identify_buckets.last_identify_at, excluded.last_identify_at)
        """;

    // A new window: the stored one has passed, or Discord reports a reset well after the stored one (a minute covers
    // the jitter between processes reading the same window).
    private const string NewWindow =
        "(gateway_session_starts.resets_at <= clock_timestamp() OR excluded.resets_at > gateway_session_starts.resets_at + interval '1 minute')";

    private const string ShareSessionStartsSql = $"""
        INSERT INTO gateway_session_starts (id, remaining, resets_at)
        VALUES (1, @Remaining, clock_timestamp() + @ResetsInMs * interval '1 millisecond')
        ON CONFLICT (id) DO UPDATE SET
            remaining = CASE WHEN {NewWindow} THEN excluded.remaining ELSE LEAST(gateway_session_starts.remaining, excluded.remaining) END,
            resets_at = CASE WHEN {NewWindow} THEN excluded.resets_at ELSE gateway_session_starts.resets_at END
        RETURNING remaining
        """;

    // Spent when one is left in the current window; allowed without spending when no current window is known. The
    // row lock makes two buckets' turns spending at once see each other.
    private const string SpendSessionStartSql = """
        WITH spent AS (
            UPDATE gateway_session_starts SET remaining = remaining - 1
            WHERE id = 1 AND remaining > 0 AND resets_at > clock_timestamp()
            RETURNING 1)
        SELECT EXISTS (SELECT 1 FROM spent)
            OR NOT EXISTS (SELECT 1 FROM gateway_session_starts WHERE id = 1 AND resets_at > clock_timestamp())
        """;

    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresSettingsDatabase _database;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public PostgresIdentifyBuckets(PostgresSettingsDatabase database, TimeProvider timeProvider, ILogger<PostgresIdentifyBuckets> logger)
    {
        _database = database;
        _time = timeProvider;
        _logger = logger;

        // Unpooled: a pooled connection returned with the lock still held would keep the bucket until it is reused.
        _dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false });
    }

    public bool SharedAcrossProcesses => true;

    public async Task<StoreResult<IIdentifyBucketTurn>> TakeTurnAsync(int bucket, TimeSpan spacing, CancellationToken cancellationToken)
    {
        NpgsqlConnection? connection = null;
        try
        {
            connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(@Class, @Bucket)", connection))
            {
                // Queued behind other processes for as long as their turns take: no command timeout, only cancellation.
                take.CommandTimeout = 0;
                take.Parameters.AddWithValue("Class", LockClass);
                take.Parameters.AddWithValue("Bucket", bucket);
                await take.ExecuteNonQueryAsync(cancellationToken);
            }

            var since = await connection.QueryAsync(
                SecondsSinceLastIdentifySql, null, row => row.GetDouble(0), cancellationToken, SqlArgument.Of("Bucket", bucket));
            var wait = since.Count == 0 ? TimeSpan.Zero : spacing - TimeSpan.FromSeconds(since[0]);
            if (wait > TimeSpan.Zero)
            {
                LogWaiting(_logger, bucket, wait.TotalSeconds);
                await Task.Delay(wait, _time, cancellationToken);
            }

            var turn = new Turn(connection, bucket, _database);
            connection = null;
            return StoreResult.Success<IIdentifyBucketTurn>(turn);
        }
        catch (Exception exception) when (_database.IsUnavailable(exception) && !cancellationToken.IsCancellationRequested)
        {
            LogUnavailable(_logger, bucket, exception.GetType().Name);
            return StoreResult.Failure<IIdentifyBucketTurn>(
                StoreError.Unavailable(string.Create(CultureInfo.InvariantCulture, $"The settings database is unreachable; identify bucket {bucket} was not taken.")));
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
    }

    public async Task<StoreResult<int>> ShareSessionStartsAsync(int remaining, TimeSpan resetsIn, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            var shared = await connection.ScalarAsync<int>(
                ShareSessionStartsSql,
                null,
                cancellationToken,
                SqlArgument.Of("Remaining", remaining),
                SqlArgument.Of("ResetsInMs", (long)Math.Max(0, resetsIn.TotalMilliseconds)));
            if (shared < remaining)
            {
                LogSharedSessionStarts(_logger, remaining, shared);
            }

            return StoreResult.Success(shared);
        }
        catch (Exception exception) when (_database.IsUnavailable(exception) && !cancellationToken.IsCancellationRequested)
        {
            LogSessionStartsUnavailable(_logger, exception.GetType().Name);
            return StoreResult.Failure<int>(StoreError.Unavailable("The settings database is unreachable; the session starts were not shared."));
        }
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord reported {Reported} session starts left; the bot's other processes have spent some since: {Shared} left")]
    private static partial void LogSharedSessionStarts(ILogger logger, int reported, int shared);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not share the session start count in the settings database ({Error}): counting this process's starts only")]
    private static partial void LogSessionStartsUnavailable(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Identify bucket {Bucket}: another process identified there; waiting {Seconds:0.00} s")]
    private static partial void LogWaiting(ILogger logger, int bucket, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not take identify bucket {Bucket} in the settings database ({Error}): identifying with this process's own pacing only")]
    private static partial void LogUnavailable(ILogger logger, int bucket, string error);

    private sealed class Turn(NpgsqlConnection connection, int bucket, PostgresSettingsDatabase database) : IIdentifyBucketTurn
    {
        public async Task<StoreResult<bool>> RecordIdentifyAsync(CancellationToken cancellationToken)
        {
            try
            {
                await connection.ExecuteAsync(RecordIdentifySql, null, cancellationToken, SqlArgument.Of("Bucket", bucket));
                return StoreResult.Success(true);
            }
            catch (Exception exception) when (database.IsUnavailable(exception))
            {
                return StoreResult.Failure<bool>(StoreError.Unavailable("The settings database is unreachable; the identify was not recorded."));
            }
        }

        public async Task<StoreResult<bool>> SpendSessionStartAsync(CancellationToken cancellationToken)
        {
            try
            {
                return StoreResult.Success(await connection.ScalarAsync<bool>(SpendSessionStartSql, null, cancellationToken));
            }
            catch (Exception exception) when (database.IsUnavailable(exception))
            {
                return StoreResult.Failure<bool>(StoreError.Unavailable("The settings database is unreachable; the session start was not counted."));
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@Class, @Bucket)", connection);
                release.Parameters.AddWithValue("Class", LockClass);
                release.Parameters.AddWithValue("Bucket", bucket);
                await release.ExecuteNonQueryAsync();
            }
            catch (Exception exception) when (database.IsUnavailable(exception))
            {
                // The session is gone, and its lock with it.
            }
            finally
            {
                // Unpooled: closing ends the session, which releases the lock whatever happened above.
                await connection.DisposeAsync();
            }
        }
    }
}
