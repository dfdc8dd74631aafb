namespace FandomBot.Discord.Models;

/// <summary>The answer of <c>GET /gateway/bot</c>: where to connect, with how many shards, and how often.</summary>
public sealed record GatewayBotInfo
{
    /// <summary>The gateway's WSS URL.</summary>
    public Uri Url { get; init; } = null!;

    /// <summary>The recommended shard count.</summary>
    public int Shards { get; init; } = 1;

    /// <summary>The session start budget.</summary>
    public SessionStartLimit SessionStartLimit { get; init; } = new();
}
