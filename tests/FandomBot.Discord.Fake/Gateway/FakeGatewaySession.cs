using System.Text.Json.Nodes;

namespace FandomBot.Discord.Fake.Gateway;

/// <summary>A session on the fake gateway: its shard, its numbered dispatches, and the connection it lives on.</summary>
public sealed class FakeGatewaySession(string sessionId, int shardId, int shardCount)
{
    private readonly List<FakeGatewayDispatch> _history = [];
    private readonly Lock _lock = new();
    private long _sequence;

    /// <summary>The session id sent in READY.</summary>
    public string SessionId { get; } = sessionId;

    /// <summary>The shard that identified.</summary>
    public int ShardId { get; } = shardId;

    /// <summary>The shard count the client identified with.</summary>
    public int ShardCount { get; } = shardCount;

    /// <summary>The connection the session currently lives on, if any.</summary>
    internal FakeGatewayConnection? Connection { get; set; }

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
}
