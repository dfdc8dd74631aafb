using FandomBot.Discord.Models;
using FandomBot.Discord.Sharding;

namespace FandomBot.Discord.Tests.Sharding;

/// <summary>
/// What the bot's PostgreSQL does for processes, for managers in one test: one turn per bucket at a time, and each
/// turn waits the spacing after the bucket's last IDENTIFY, whoever sent it; and one session-start count, the smaller
/// of what the managers were told, spent by every IDENTIFY.
/// </summary>
internal sealed class SharedIdentifyCoordinator(TimeProvider time) : IIdentifyCoordinator
{
    private readonly Dictionary<int, SemaphoreSlim> _buckets = [];
    private readonly Dictionary<int, DateTimeOffset> _lastIdentify = [];
    private readonly Lock _lock = new();
    private int? _sessionStarts;

    /// <summary>Session starts the managers have left between them (null until one shares its count).</summary>
    public int? SessionStarts
    {
        get
        {
            lock (_lock)
            {
                return _sessionStarts;
            }
        }
    }

    public ValueTask<int> ShareSessionStartsAsync(SessionStartLimit limit, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _sessionStarts = Math.Min(_sessionStarts ?? int.MaxValue, limit.Remaining);
            return ValueTask.FromResult(_sessionStarts.Value);
        }
    }

    public async ValueTask<IIdentifyTurn> TakeTurnAsync(int rateLimitKey, TimeSpan spacing, CancellationToken cancellationToken)
    {
        SemaphoreSlim bucket;
        lock (_lock)
        {
            if (!_buckets.TryGetValue(rateLimitKey, out bucket!))
            {
                _buckets[rateLimitKey] = bucket = new SemaphoreSlim(1, 1);
            }
        }

        await bucket.WaitAsync(cancellationToken);
        DateTimeOffset? last;
        lock (_lock)
        {
            last = _lastIdentify.TryGetValue(rateLimitKey, out var at) ? at : null;
        }

        var wait = last is { } l ? l + spacing - time.GetUtcNow() : TimeSpan.Zero;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }

        return new Turn(this, rateLimitKey, bucket);
    }

    private sealed class Turn(SharedIdentifyCoordinator owner, int key, SemaphoreSlim bucket) : IIdentifyTurn
    {
        private int _released;

        public bool Coordinated => true;

        public ValueTask IdentifiedAsync(CancellationToken cancellationToken)
        {
            lock (owner._lock)
            {
                owner._lastIdentify[key] = owner.Now;
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask<bool> TrySpendSessionStartAsync(CancellationToken cancellationToken)
        {
            lock (owner._lock)
            {
                if (owner._sessionStarts is not { } left)
                {
                    return ValueTask.FromResult(true);
                }

                if (left == 0)
                {
                    return ValueTask.FromResult(false);
                }

                owner._sessionStarts = left - 1;
                return ValueTask.FromResult(true);
            }
        }

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                bucket.Release();
            }

            return ValueTask.CompletedTask;
        }
    }

    private DateTimeOffset Now => time.GetUtcNow();
}
