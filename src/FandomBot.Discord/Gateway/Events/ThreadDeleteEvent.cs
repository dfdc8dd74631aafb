using FandomBot.Discord.Models;

namespace FandomBot.Discord.Gateway.Events;

/// <summary>THREAD_DELETE: a thread the bot could see was deleted (Discord sends only its ids and type).</summary>
/// <param name="ShardId">The shard.</param>
/// <param name="ReceivedAt">When it arrived.</param>
/// <param name="ThreadId">The thread.</param>
/// <param name="GuildId">Its guild.</param>
/// <param name="ParentId">The channel it was in.</param>
public sealed record ThreadDeleteEvent(int ShardId, DateTimeOffset ReceivedAt, Snowflake ThreadId, Snowflake? GuildId, Snowflake? ParentId)
    : GatewayEvent(ShardId, ReceivedAt);
