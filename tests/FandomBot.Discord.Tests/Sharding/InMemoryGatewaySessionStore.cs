using FandomBot.Discord.Gateway;
using FandomBot.Discord.Sharding;

namespace FandomBot.Discord.Tests.Sharding;

/// <summary>The bot's settings database, as far as sessions go: what one manager stores, the next takes (once).</summary>
internal sealed class InMemoryGatewaySessionStore : IGatewaySessionStore
{
    private readonly Dictionary<int, ResumableSession> _sessions = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<ResumableSession> Stored
    {
        get
        {
            lock (_lock)
            {
                return [.. _sessions.Values.OrderBy(s => s.ShardId)];
            }
        }
    }

    public void Put(ResumableSession session)
    {
        lock (_lock)
        {
            _sessions[session.ShardId] = session;
        }
    }

    public ValueTask<bool> SaveAsync(IReadOnlyList<ResumableSession> sessions, CancellationToken cancellationToken)
    {
        foreach (var session in sessions)
        {
            Put(session);
        }

        return ValueTask.FromResult(true);
    }

    public ValueTask<IReadOnlyList<ResumableSession>> TakeAsync(IReadOnlyList<int> shardIds, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            List<ResumableSession> taken = [];
            foreach (var shardId in shardIds)
            {
                if (_sessions.Remove(shardId, out var session))
                {
                    taken.Add(session);
                }
            }

            return ValueTask.FromResult<IReadOnlyList<ResumableSession>>(taken);
        }
    }
}
