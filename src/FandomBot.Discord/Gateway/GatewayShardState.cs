namespace FandomBot.Discord.Gateway;

/// <summary>Where a shard is in its life; published for health checks.</summary>
public enum GatewayShardState
{
    /// <summary>Not started yet.</summary>
    Created,

    /// <summary>Opening the WebSocket and waiting for HELLO.</summary>
    Connecting,

    /// <summary>Waiting for its identify slot or for READY.</summary>
    Identifying,

    /// <summary>Sent RESUME and waiting for RESUMED.</summary>
    Resuming,

    /// <summary>READY received: a fresh session is live.</summary>
    Ready,

    /// <summary>RESUMED received: the previous session is live again.</summary>
    Resumed,

    /// <summary>Waiting before the next connection attempt.</summary>
    Reconnecting,

    /// <summary>Stopped for good; <see cref="GatewayShardStatus.StopReason"/> says why.</summary>
    Stopped,
}
