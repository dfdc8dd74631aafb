namespace FandomBot.Discord.Gateway.Payloads;

/// <summary>The data of HELLO (op 10).</summary>
internal sealed record HelloData(int HeartbeatInterval);
