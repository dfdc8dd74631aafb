namespace FandomBot.Discord.Gateway.Payloads;

/// <summary>The data of PRESENCE UPDATE (op 3).</summary>
internal sealed record PresenceUpdateData(long? Since, IReadOnlyList<PresenceActivityData> Activities, string Status, bool Afk);
