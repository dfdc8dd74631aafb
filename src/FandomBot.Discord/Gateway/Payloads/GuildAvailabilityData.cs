using FandomBot.Discord.Models;

namespace FandomBot.Discord.Gateway.Payloads;

/// <summary>The fields of GUILD_CREATE / GUILD_DELETE the shard needs: which guild, and whether it is merely unavailable.</summary>
internal sealed record GuildAvailabilityData(Snowflake Id, bool? Unavailable = null, string? Name = null);
