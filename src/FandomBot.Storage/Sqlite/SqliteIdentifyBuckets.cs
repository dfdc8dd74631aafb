using FandomBot.Storage.Shards;
using FandomBot.Storage.Sql;
using Microsoft.Extensions.Logging;

namespace FandomBot.Storage.Sqlite;

/// <summary>
/// Identify buckets on SQLite, where one process runs all the shards and paces them itself: nothing to take turns
/// with, but the bucket's last IDENTIFY is kept in the file, so a process restarted within seconds (a deploy, a crash
/// loop) still waits the spacing after its predecessor's last IDENTIFY instead of being refused by Discord.
/// </summary>
internal sealed partial class SqliteIdentifyBuckets(ISettingsDatabase database, TimeProvider timeProvider, ILogger<SqliteIdentifyBuckets> logger) : IIdentifyBuckets
{
    private const string RecordIdentifySql = """
        INSERT INTO gateway_identify_buckets (bucket, last_identify_unix_ms) VALUES (@Bucket, @At)
        ON CONFLICT (bucket) DO UPDATE SET last_identify_unix_ms = MAX(last_identify_unix_ms, excluded.last_identify_unix_ms)
        """;

    public bool SharedAcrossProcesses => false;

    public async Task<StoreResult<IIdentifyBucketTurn>> TakeTurnAsync(int bucket, TimeSpan spacing, CancellationToken cancellationToken)
    {
        try
        {
            List<long> last;
            await using (var connection = await database.OpenAsync(cancellationToken))
            {
                last = await connection.QueryAsync(
                    "SELECT last_identify_unix_ms FROM gateway_identify_buckets WHERE bucket = @Bucket",
                    null,
                    row => row.GetInt64(0),
                    cancellationToken,
                    SqlArgument.Of("Bucket", bucket));
            }

            var wait = last.Count == 0 ? TimeSpan.Zero : DateTimeOffset.FromUnixTimeMilliseconds(last[0]) + spacing - timeProvider.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, timeProvider, cancellationToken);
            }

            return StoreResult.Success<IIdentifyBucketTurn>(new Turn(this, bucket));
        }
        catch (Exception exception) when (database.IsUnavailable(exception))
        {
            LogUnavailable(logger, bucket, exception.GetType().Name);
            return StoreResult.Failure<IIdentifyBucketTurn>(StoreError.Unavailable("The settings database is unreachable; the last identify is unknown."));
        }
    }

    /// <summary>One process: Discord's own count is the whole truth.</summary>
    public Task<StoreResult<int>> ShareSessionStartsAsync(int remaining, TimeSpan resetsIn, CancellationToken cancellationToken) =>
        Task.FromResult(StoreResult.Success(remaining));

    private async Task<StoreResult<bool>> RecordAsync(int bucket, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await connection.ExecuteAsync(
                RecordIdentifySql,
                null,
                cancellationToken,
                SqlArgument.Of("Bucket", bucket),
                SqlArgument.Of("At", timeProvider.GetUtcNow().ToUnixTimeMilliseconds()));
            return StoreResult.Success(true);
        }
        catch (Exception exception) when (database.IsUnavailable(exception))
        {
            LogUnavailable(logger, bucket, exception.GetType().Name);
            return StoreResult.Failure<bool>(StoreError.Unavailable("The settings database is unreachable; the identify was not recorded."));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read or record identify bucket {Bucket} in the settings database ({Error})")]
    private static partial void LogUnavailable(ILogger logger, int bucket, string error);

    private sealed class Turn(SqliteIdentifyBuckets owner, int bucket) : IIdentifyBucketTurn
    {
        public Task<StoreResult<bool>> RecordIdentifyAsync(CancellationToken cancellationToken) => owner.RecordAsync(bucket, cancellationToken);

        // One process: its scheduler counts its own starts against Discord's figure.
        public Task<StoreResult<bool>> SpendSessionStartAsync(CancellationToken cancellationToken) => Task.FromResult(StoreResult.Success(true));

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
