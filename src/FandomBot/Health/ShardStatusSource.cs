using FandomBot.Discord.Sharding;

namespace FandomBot.Health;

/// <summary>
/// The shard manager's view of its shards, as the status file reports it. The guild count is read live from each
/// shard's guild set (GUILD_CREATE adds, GUILD_DELETE removes, READY starts afresh, RESUMED keeps it), not from the
/// status snapshot, which is taken only when a shard changes state: a count frozen at READY said 0 for good.
/// </summary>
internal sealed class ShardStatusSource(ShardManager shards) : IShardStatusSource
{
    public IReadOnlyList<ShardStatus> Current() =>
        [.. shards.Shards.Select(s => new ShardStatus(s.ShardId, s.Status.State.ToString(), s.Guilds.Count))];
}
