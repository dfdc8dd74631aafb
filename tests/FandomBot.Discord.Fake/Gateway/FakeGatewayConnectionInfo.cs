namespace FandomBot.Discord.Fake.Gateway;

/// <summary>What the fake gateway saw of one client connection.</summary>
/// <param name="Id">1, 2, … in order of connecting.</param>
/// <param name="Path">The request path: <c>/gateway</c> or the resume path.</param>
/// <param name="Query">The query string of the WebSocket request.</param>
/// <param name="UserAgent">The User-Agent header of the handshake.</param>
/// <param name="Compressed">Whether the client asked for zlib-stream.</param>
public sealed record FakeGatewayConnectionInfo(int Id, string Path, string Query, string? UserAgent, bool Compressed);
