using System.Text.Json.Nodes;

namespace FandomBot.Discord.Fake.Gateway;

/// <summary>
/// A session on the fake gateway: its shard, its numbered dispatches, and the connection it lives on. Like Discord's,
/// it outlives its connection: dispatches sent while no connection carries it are kept and replayed on RESUME, from
/// any connection (another process's too), until the client ends it with close code 1000/1001 or it has been
/// without a connection for longer than <see cref="FakeGateway.DisconnectedSessionLifetime"/>.
/// </summary>
public sealed class FakeGatewaySession(string sessionId, int shardId, int shardCount, DateTimeOffset createdAt, long order) : IDisposable
{
    private readonly List<FakeGatewayDispatch> _history = [];
    private readonly Lock _lock = new();
    private long _sequence;
    private FakeGatewayConnection? _connection;
    private DateTimeOffset? _disconnectedAt;
    private string? _endReason;

    /// <summary>The session id sent in READY.</summary>
    public string SessionId { get; } = sessionId;

    /// <summary>The shard that identified.</summary>
    public int ShardId { get; } = shardId;

    /// <summary>The shard count the client identified with.</summary>
    public int ShardCount { get; } = shardCount;

    /// <summary>When the IDENTIFY that started it was accepted (and READY sent), on the fake server's clock.</summary>
    public DateTimeOffset CreatedAt { get; } = createdAt;

    /// <summary>Whether a connection carries the session now.</summary>
    public bool IsConnected
    {
        get
        {
            lock (_lock)
            {
                return _connection is not null;
            }
        }
    }

    /// <summary>Why the session can no longer be resumed, or null while it can.</summary>
    public string? EndReason
    {
        get
        {
            lock (_lock)
            {
                return _endReason;
            }
        }
    }

    /// <summary>Every dispatch of the session so far.</summary>
    public IReadOnlyList<FakeGatewayDispatch> History
    {
        get
        {
            lock (_lock)
            {
                return [.. _history];
            }
        }
    }

    /// <summary>Creation order among all sessions of the fake: the newest session of a shard gets its dispatches.</summary>
    internal long Order { get; } = order;

    /// <summary>
    /// Held while a dispatch is numbered and sent, and while a RESUME takes the session and replays: a dispatch sent
    /// during a replay must come after it, once, never inside it or twice.
    /// </summary>
    internal SemaphoreSlim Delivery { get; } = new(1, 1);

    /// <summary>The connection the session currently lives on, if any.</summary>
    internal FakeGatewayConnection? Connection
    {
        get
        {
            lock (_lock)
            {
                return _connection;
            }
        }
    }

    /// <summary>A connection took the session (IDENTIFY or RESUME); returns the one it had before.</summary>
    internal FakeGatewayConnection? Attach(FakeGatewayConnection connection)
    {
        lock (_lock)
        {
            var previous = _connection;
            _connection = connection;
            _disconnectedAt = null;
            return previous;
        }
    }

    /// <summary>
    /// The connection ended. A client close with 1000 or 1001 ends the session, as on Discord; any other end (another
    /// code, or none at all) leaves it resumable for a while.
    /// </summary>
    internal void Detach(FakeGatewayConnection connection, int? clientCloseCode, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (_connection != connection)
            {
                return;
            }

            _connection = null;
            _disconnectedAt = now;
            if (clientCloseCode is 1000 or 1001)
            {
                _endReason ??= $"the client closed with {clientCloseCode}";
            }
        }
    }

    /// <summary>Whether a RESUME may take the session now; ends it when it waited too long for one.</summary>
    internal bool TryKeepForResume(DateTimeOffset now, TimeSpan disconnectedLifetime)
    {
        lock (_lock)
        {
            if (_endReason is null && _connection is null && _disconnectedAt is { } since && now - since > disconnectedLifetime)
            {
                _endReason = $"no connection for {(now - since).TotalSeconds:0} s";
            }

            return _endReason is null;
        }
    }

    /// <summary>Numbers a new dispatch and keeps it for replay.</summary>
    internal FakeGatewayDispatch Append(string eventName, JsonNode? data)
    {
        lock (_lock)
        {
            var dispatch = new FakeGatewayDispatch(++_sequence, eventName, data);
            _history.Add(dispatch);
            return dispatch;
        }
    }

    /// <summary>The dispatches after <paramref name="sequence"/> (all when null).</summary>
    internal IReadOnlyList<FakeGatewayDispatch> After(long? sequence)
    {
        lock (_lock)
        {
            return [.. _history.Where(d => sequence is null || d.Sequence > sequence)];
        }
    }

    /// <inheritdoc />
    public void Dispose() => Delivery.Dispose();
}
