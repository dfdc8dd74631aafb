namespace FandomBot.Discord.Gateway;

/// <summary>One complete message from the socket, or the fact that the socket closed.</summary>
/// <param name="Payload">The (inflated) JSON text of the message; empty when closed. Valid until the next receive.</param>
/// <param name="IsClosed">Whether the server closed the connection.</param>
/// <param name="CloseCode">The close code, when the server sent one.</param>
/// <param name="CloseReason">The close reason text, when the server sent one.</param>
internal readonly record struct GatewayReceiveResult(ReadOnlyMemory<byte> Payload, bool IsClosed, int? CloseCode, string? CloseReason)
{
    public static GatewayReceiveResult Message(ReadOnlyMemory<byte> payload) => new(payload, false, null, null);

    public static GatewayReceiveResult Closed(int? code, string? reason) => new(ReadOnlyMemory<byte>.Empty, true, code, reason);
}
