namespace FandomBot.Storage.Shards;

/// <summary>
/// Discord's identify rate-limit buckets (<c>shard_id % max_concurrency</c>, one IDENTIFY per 5 s each), shared by
/// every process on the same database. On PostgreSQL a process takes a bucket with an advisory lock and times its
/// IDENTIFY from the bucket's last one, by the database's clock. On SQLite (one process) there is nobody to take
/// turns with, but the last IDENTIFY is still kept, so a restarted process waits for its predecessor's.
/// </summary>
public interface IIdentifyBuckets
{
    /// <summary>Whether other processes take turns here too (PostgreSQL).</summary>
    bool SharedAcrossProcesses { get; }

    /// <summary>
    /// Waits until this process holds <paramref name="bucket"/> and its last IDENTIFY, by any process, is at least
    /// <paramref name="spacing"/> ago. The bucket stays held until the turn is disposed (or the process dies).
    /// </summary>
    Task<StoreResult<IIdentifyBucketTurn>> TakeTurnAsync(int bucket, TimeSpan spacing, CancellationToken cancellationToken);
}
