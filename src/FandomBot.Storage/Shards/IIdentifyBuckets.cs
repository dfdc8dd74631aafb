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

    /// <summary>
    /// Shares Discord's daily session-start count with the other processes: <paramref name="remaining"/> is what
    /// GET /gateway/bot told this process, <paramref name="resetsIn"/> when that count resets. Returns the starts left
    /// for the whole bot: within one window the smaller of what Discord reported and what the processes have left after
    /// spending (a process that read Discord's count before the others identified would otherwise spend starts twice);
    /// in a new window, Discord's figure. On SQLite (one process) it is <paramref name="remaining"/> itself.
    /// </summary>
    Task<StoreResult<int>> ShareSessionStartsAsync(int remaining, TimeSpan resetsIn, CancellationToken cancellationToken);
}
