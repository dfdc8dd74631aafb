using FandomBot.Discord.Gateway;
using FandomBot.Discord.Sharding;
using FandomBot.Storage.Shards;

namespace FandomBot.Gateway;

/// <summary>
/// The gateway's session handover kept in the settings database: SQLite for one process restarting, PostgreSQL for
/// shards moving between processes. A failure is logged by the store and means only that the shards identify.
/// </summary>
internal sealed class StoredGatewaySessions(IShardSessionStore store) : IGatewaySessionStore
{
    public async ValueTask<bool> SaveAsync(IReadOnlyList<ResumableSession> sessions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var saved = await store.SaveAsync(
            [.. sessions.Select(s => new StoredShardSession(s.ShardId, s.ShardCount, s.SessionId, s.Sequence, s.ResumeUrl.AbsoluteUri, s.SavedAt))],
            cancellationToken).ConfigureAwait(false);
        return saved.IsSuccess;
    }

    public async ValueTask<IReadOnlyList<ResumableSession>> TakeAsync(IReadOnlyList<int> shardIds, CancellationToken cancellationToken)
    {
        var taken = await store.TakeAsync(shardIds, cancellationToken).ConfigureAwait(false);
        if (!taken.IsSuccess)
        {
            return [];
        }

        // A row whose URL does not parse cannot be resumed; its shard identifies.
        return [.. taken.Value
            .Where(s => Uri.TryCreate(s.ResumeUrl, UriKind.Absolute, out _))
            .Select(s => new ResumableSession(s.ShardId, s.ShardCount, s.SessionId, s.Sequence, new Uri(s.ResumeUrl), s.SavedAt))];
    }
}
