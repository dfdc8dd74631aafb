namespace FandomBot.Discord.Gateway.Events;

/// <summary>RESUMED: the previous session is live again; missed dispatches were replayed before this.</summary>
/// <param name="ShardId">The shard.</param>
/// <param name="ReceivedAt">When it arrived.</param>
public sealed record ResumedEvent(int ShardId, DateTimeOffset ReceivedAt) : GatewayEvent(ShardId, ReceivedAt);
