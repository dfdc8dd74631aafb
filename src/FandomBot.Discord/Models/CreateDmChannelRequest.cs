namespace FandomBot.Discord.Models;

/// <summary>The body of <c>POST /users/@me/channels</c>.</summary>
/// <param name="RecipientId">The user to open a DM with.</param>
public sealed record CreateDmChannelRequest(Snowflake RecipientId);
