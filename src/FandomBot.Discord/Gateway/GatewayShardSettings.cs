namespace FandomBot.Discord.Gateway;

/// <summary>What one shard needs to connect: who it is, where to connect, and how to identify.</summary>
public sealed class GatewayShardSettings
{
    /// <summary>This shard's id, 0 ≤ id &lt; <see cref="ShardCount"/>.</summary>
    public required int ShardId { get; init; }

    /// <summary>The bot's total number of shards.</summary>
    public required int ShardCount { get; init; }

    /// <summary>The bot token. Never logged.</summary>
    public required string Token { get; init; }

    /// <summary>The gateway URL from <c>GET /gateway/bot</c> (or <c>Discord:GatewayUrl</c>); fresh identifies connect here.</summary>
    public required Uri GatewayUrl { get; init; }

    /// <summary>The intents to identify with.</summary>
    public GatewayIntents Intents { get; init; } = GatewayIntents.Default;

    /// <summary>Whether to ask for zlib-stream transport compression.</summary>
    public bool Compression { get; init; }

    /// <summary>The User-Agent header sent on the WebSocket handshake.</summary>
    public required string UserAgent { get; init; }

    /// <summary>The name sent as <c>properties.browser</c> and <c>properties.device</c> in IDENTIFY.</summary>
    public string LibraryName { get; init; } = "FandomBot";

    /// <summary>A description with the token redacted, safe to log.</summary>
    public override string ToString() =>
        $"GatewayShardSettings {{ Shard = [{ShardId}, {ShardCount}], GatewayUrl = {GatewayUrl}, Intents = {Intents}, Compression = {Compression} }}";
}
