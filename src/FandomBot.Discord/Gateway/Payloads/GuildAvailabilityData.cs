namespace FandomBot.Discord.Gateway.Payloads;

/// <summary>The fields of GUILD_CREATE / GUILD_DELETE the shard needs: which guild, and whether it is merely unavailable.</summary>
internal sealed record GuildAvailabilityData(ulong Id, bool? Unavailable, string? Name);
