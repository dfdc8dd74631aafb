namespace FandomBot.Discord.Gateway.Payloads;

/// <summary>One activity in a presence update.</summary>
internal sealed record PresenceActivityData(string Name, int Type, string? State);
