namespace FandomBot.Discord.Gateway;

/// <summary>How one connection ended and what the shard should do next.</summary>
/// <param name="Action">The next step.</param>
/// <param name="Reason">Why, in words for the log.</param>
/// <param name="CloseCode">The server's close code, when the server closed.</param>
/// <param name="WasLive">Whether the connection reached READY or RESUMED before it ended.</param>
internal sealed record GatewayConnectionEnd(GatewayCloseAction Action, string Reason, int? CloseCode, bool WasLive);
