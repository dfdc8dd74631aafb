namespace FandomBot.Discord.Gateway.Events;

/// <summary>A dispatch from the gateway, typed, with the shard it came from and when it arrived.</summary>
/// <param name="ShardId">The shard whose connection carried the event.</param>
/// <param name="ReceivedAt">
/// When the event arrived, read from the shard's <see cref="TimeProvider"/>. Deadlines such as the 3-second
/// interaction response window are measured from here, not from Discord's timestamps.
/// </param>
public abstract record GatewayEvent(int ShardId, DateTimeOffset ReceivedAt);
