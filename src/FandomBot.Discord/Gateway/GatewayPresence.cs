namespace FandomBot.Discord.Gateway;

/// <summary>The bot's presence: its status and an optional custom status line.</summary>
/// <param name="Status">online, idle, dnd or invisible.</param>
/// <param name="CustomStatus">The text shown under the bot's name, if any.</param>
public sealed record GatewayPresence(string Status, string? CustomStatus);
