namespace FandomBot.Discord.Gateway;

/// <summary>What the receive loop and the heartbeat loop of one connection share.</summary>
internal sealed class GatewayConnectionContext(GatewayConnection connection, CancellationTokenSource lifetime)
{
    private volatile bool _awaitingAck;
    private volatile bool _zombie;
    private volatile bool _live;
    private int _closing;

    public GatewayConnection Connection { get; } = connection;

    /// <summary>Cancelled when this connection is over, for whatever reason.</summary>
    public CancellationTokenSource Lifetime { get; } = lifetime;

    /// <summary>A heartbeat went out and no ACK has come back yet.</summary>
    public bool AwaitingAck
    {
        get => _awaitingAck;
        set => _awaitingAck = value;
    }

    /// <summary>When the last heartbeat went out.</summary>
    public DateTimeOffset LastHeartbeatSentAt { get; set; }

    /// <summary>The heartbeat loop declared the connection dead.</summary>
    public bool Zombie
    {
        get => _zombie;
        set => _zombie = value;
    }

    /// <summary>Claims the one close of a stop; false when it was already claimed.</summary>
    public bool TryBeginClosing() => Interlocked.Exchange(ref _closing, 1) == 0;

    /// <summary>READY or RESUMED arrived on this connection.</summary>
    public bool Live
    {
        get => _live;
        set => _live = value;
    }
}
