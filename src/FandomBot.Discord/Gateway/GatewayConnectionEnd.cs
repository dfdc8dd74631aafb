using System.Globalization;

namespace FandomBot.Discord.Gateway;

/// <summary>How one connection ended and what the shard should do next.</summary>
/// <param name="Action">The next step.</param>
/// <param name="Reason">Why, in words for the log.</param>
/// <param name="CloseCode">The server's close code, when the server closed.</param>
/// <param name="WasLive">Whether the connection reached READY or RESUMED before it ended.</param>
internal sealed record GatewayConnectionEnd(GatewayCloseAction Action, string Reason, int? CloseCode, bool WasLive)
{
    /// <summary>We dropped a connection that stopped ACKing; the session is ours to resume.</summary>
    public static GatewayConnectionEnd Zombie(bool wasLive) =>
        new(GatewayCloseAction.Resume, "zombie connection: no heartbeat ACK", null, wasLive);

    /// <summary>The server closed with <paramref name="closeCode"/>; fatal codes carry the words a person needs.</summary>
    public static GatewayConnectionEnd FromClose(int? closeCode, bool wasLive)
    {
        var action = GatewayCloseCodes.Classify(closeCode);
        var reason = action == GatewayCloseAction.Stop
            ? GatewayCloseCodes.DescribeFatal(closeCode!.Value)
            : $"server closed with {closeCode?.ToString(CultureInfo.InvariantCulture) ?? "no code"}";
        return new GatewayConnectionEnd(action, reason, closeCode, wasLive);
    }
}
