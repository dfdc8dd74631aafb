using FandomBot.Discord.Models;

namespace FandomBot.Discord.Gateway.Payloads;

/// <summary>THREAD_DELETE's data: Discord sends only the thread's <c>id</c>, <c>guild_id</c>, <c>parent_id</c> and <c>type</c>.</summary>
internal sealed record ThreadDeleteData(Snowflake Id, Snowflake? GuildId = null, Snowflake? ParentId = null);
