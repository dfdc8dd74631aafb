using FandomBot.Discord.Sharding;
using FandomBot.Health;

namespace FandomBot.Health;

/// <summary>The shard manager's view of its shards, as the status file reports it.</summary>
internal sealed class ShardStatusSource(ShardManager shards) : IShardStatusSource
{
    public IReadOnlyList<ShardStatus> Current() =>
        [.. shards.Statuses.Select(s => new ShardStatus(s.ShardId, s.State.ToString(), s.GuildCount))];
}
