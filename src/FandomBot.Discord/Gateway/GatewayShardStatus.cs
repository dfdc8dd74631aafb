namespace FandomBot.Discord.Gateway;

/// <summary>A snapshot of one shard's health.</summary>
/// <param name="ShardId">The shard.</param>
/// <param name="State">Where the shard is in its life.</param>
/// <param name="Since">When the shard entered <paramref name="State"/>.</param>
/// <param name="StopReason">Why the shard stopped; set only when <paramref name="State"/> is <see cref="GatewayShardState.Stopped"/>.</param>
/// <param name="GuildCount">How many guilds the shard currently has.</param>
public sealed record GatewayShardStatus(int ShardId, GatewayShardState State, DateTimeOffset Since, string? StopReason, int GuildCount)
{
    /// <summary>Whether the shard has a live session.</summary>
    public bool IsLive => State is GatewayShardState.Ready or GatewayShardState.Resumed;
}
