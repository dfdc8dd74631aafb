using FandomBot.Discord.Gateway;

namespace FandomBot.Discord.Sharding;

/// <summary>
/// Where shards stopping for a handover leave their gateway sessions, and where the next owner of a shard (the same
/// process restarted, or another one) finds them. The bot keeps them in its settings database.
/// </summary>
public interface IGatewaySessionStore
{
    /// <summary>Keeps <paramref name="sessions"/>, replacing any older one of the same shard. True when they are stored.</summary>
    ValueTask<bool> SaveAsync(IReadOnlyList<ResumableSession> sessions, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the sessions kept for <paramref name="shardIds"/>: each is handed out once, to the one process that will
    /// resume it. None when they cannot be read; the shards then identify as they would without a store.
    /// </summary>
    ValueTask<IReadOnlyList<ResumableSession>> TakeAsync(IReadOnlyList<int> shardIds, CancellationToken cancellationToken);
}
