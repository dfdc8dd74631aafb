using FandomBot.Discord.Models;

namespace FandomBot.Discord.Gateway.Events;

/// <summary>GUILD_CREATE: a guild became available to the shard (at start, after an outage, or when the bot joined).</summary>
/// <param name="ShardId">The shard.</param>
/// <param name="ReceivedAt">When it arrived.</param>
/// <param name="GuildId">The guild.</param>
/// <param name="Name">The guild's name, when Discord sent it.</param>
public sealed record GuildCreateEvent(int ShardId, DateTimeOffset ReceivedAt, Snowflake GuildId, string? Name) : GatewayEvent(ShardId, ReceivedAt)
{
    /// <summary>The guild's active threads the bot can see (each with its <c>parent_id</c>).</summary>
    public IReadOnlyList<Channel> Threads { get; init; } = [];
}
