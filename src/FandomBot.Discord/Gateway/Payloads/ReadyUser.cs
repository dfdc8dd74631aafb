namespace FandomBot.Discord.Gateway.Payloads;

/// <summary>The bot's own user in READY.</summary>
internal sealed record ReadyUser(ulong Id, string Username, bool? Bot);
