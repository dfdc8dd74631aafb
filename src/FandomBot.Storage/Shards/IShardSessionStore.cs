namespace FandomBot.Storage.Shards;

/// <summary>
/// The gateway sessions shards leave at shutdown, one per shard, for whoever runs the shard next: the same process
/// after a restart (SQLite or PostgreSQL), or another process sharing the PostgreSQL database.
/// </summary>
public interface IShardSessionStore
{
    /// <summary>Stores the sessions, each replacing any older one of its shard; returns how many were stored.</summary>
    Task<StoreResult<int>> SaveAsync(IReadOnlyCollection<StoredShardSession> sessions, CancellationToken cancellationToken);

    /// <summary>
    /// Takes (reads and deletes, in one transaction) the sessions of <paramref name="shardIds"/>: a session is handed
    /// to one process only, so two processes never resume the same one.
    /// </summary>
    Task<StoreResult<IReadOnlyList<StoredShardSession>>> TakeAsync(IReadOnlyCollection<int> shardIds, CancellationToken cancellationToken);
}
