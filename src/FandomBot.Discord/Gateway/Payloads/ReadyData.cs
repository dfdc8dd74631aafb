using FandomBot.Discord.Models;

namespace FandomBot.Discord.Gateway.Payloads;

/// <summary>The fields of READY the client keeps; guilds arrive as GUILD_CREATE afterwards.</summary>
internal sealed record ReadyData(string SessionId, string ResumeGatewayUrl, ReadyApplication Application, User User, IReadOnlyList<GuildAvailabilityData>? Guilds = null);
