using FandomBot.Discord.Models;

namespace FandomBot.Discord.Sharding;

/// <summary>Which shard carries a guild's events: Discord's own formula.</summary>
public static class ShardRouting
{
    /// <summary>The shard of <paramref name="guildId"/>: <c>(guild_id &gt;&gt; 22) % shard_count</c>. DMs (no guild) are on shard 0.</summary>
    public static int ShardFor(Snowflake? guildId, int shardCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shardCount, 1);
        return guildId is { } guild ? (int)((guild.Value >> 22) % (ulong)shardCount) : 0;
    }
}
