using FandomBot.Discord.Models;

namespace FandomBot.Discord.Gateway.Events;

/// <summary>GUILD_DELETE: a guild went away from the shard.</summary>
/// <param name="ShardId">The shard.</param>
/// <param name="ReceivedAt">When it arrived.</param>
/// <param name="GuildId">The guild.</param>
/// <param name="Unavailable">
/// True when the guild is only unavailable (an outage; it will come back), false when the bot was removed from it.
/// </param>
public sealed record GuildDeleteEvent(int ShardId, DateTimeOffset ReceivedAt, Snowflake GuildId, bool Unavailable) : GatewayEvent(ShardId, ReceivedAt);
