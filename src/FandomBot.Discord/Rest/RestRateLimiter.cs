using System.Collections.Concurrent;

namespace FandomBot.Discord.Rest;

/// <summary>
/// The client's shared rate-limit state (a singleton): which bucket each route belongs to, the buckets per major
/// parameter, and the global limit. Until Discord names a route's bucket, the route is its own bucket, so the first
/// response teaches the limit before a second request is sent.
/// </summary>
internal sealed class RestRateLimiter(TimeProvider time, int sweepEvery = RestRateLimiter.DefaultSweepEvery)
{
    /// <summary>Discord's global limit for bots.</summary>
    public const int GlobalRequestsPerSecond = 50;

    /// <summary>How many requests pass between sweeps of idle buckets.</summary>
    public const int DefaultSweepEvery = 1_000;

    /// <summary>A bucket unused this long (and past its reset) is forgotten: a bot touches ever new channels.</summary>
    public static readonly TimeSpan IdleBucketLifetime = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, string> _bucketHashByRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private int _entriesSinceSweep;

    /// <summary>The clock every wait goes through.</summary>
    public TimeProvider Time { get; } = time;

    /// <summary>The global limit.</summary>
    public GlobalRateLimit Global { get; } = new(time, GlobalRequestsPerSecond);

    /// <summary>The number of buckets remembered.</summary>
    public int BucketCount => _buckets.Count;

    /// <summary>Raised as a wait starts (tests measure the waits; a metrics sink could count them).</summary>
    public event Action<RateLimitWait>? WaitStarted;

    /// <summary>The bucket key of a route: the learned bucket hash (or the route itself) plus the major parameter.</summary>
    public string BucketKey(RestRoute route)
    {
        var hash = _bucketHashByRoute.TryGetValue(route.RouteKey, out var learned) ? learned : "route:" + route.RouteKey;
        return hash + "|" + route.MajorParameter;
    }

    /// <summary>Takes the bucket's gate. If the route's bucket was learned while waiting, moves to the right bucket.</summary>
    public async Task<RateLimitBucket> EnterBucketAsync(RestRoute route, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _entriesSinceSweep) % sweepEvery == 0)
        {
            SweepIdleBuckets();
        }

        while (true)
        {
            var key = BucketKey(route);
            var bucket = _buckets.GetOrAdd(key, static _ => new RateLimitBucket());
            await bucket.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (BucketKey(route) == key)
            {
                bucket.Touch(Time.GetUtcNow());
                return bucket;
            }

            bucket.Gate.Release();
        }
    }

    /// <summary>
    /// Waits while the route's bucket is exhausted. Looks the bucket up afresh: a response may just have taught the
    /// route's real bucket, whose state (not the provisional one's) now decides.
    /// </summary>
    public async Task WaitForBucketAsync(RestRoute route, CancellationToken cancellationToken)
    {
        var bucket = _buckets.GetOrAdd(BucketKey(route), static _ => new RateLimitBucket());
        var delay = bucket.DelayBeforeNext(Time.GetUtcNow());
        if (delay > TimeSpan.Zero)
        {
            await WaitAsync(route, delay, "bucket", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Waits for the global limit, unless the route is exempt from it.</summary>
    public Task WaitForGlobalAsync(RestRoute route, CancellationToken cancellationToken) =>
        route.CountsTowardGlobalLimit
            ? Global.WaitForSlotAsync((delay, reason, ct) => WaitAsync(route, delay, reason, ct), cancellationToken)
            : Task.CompletedTask;

    /// <summary>Learns the route's bucket hash and the bucket's state from a response.</summary>
    public void Learn(RestRoute route, RateLimitHeaders headers)
    {
        if (headers.Bucket is { Length: > 0 } hash)
        {
            _bucketHashByRoute[route.RouteKey] = hash;
        }

        _buckets.GetOrAdd(BucketKey(route), static _ => new RateLimitBucket())
            .Update(headers.Remaining, headers.ResetAfter, Time.GetUtcNow());
    }

    /// <summary>After a 429: stop the route's bucket, or everything when the limit is global.</summary>
    public void OnRateLimited(RestRoute route, TimeSpan retryAfter, bool global)
    {
        var now = Time.GetUtcNow();
        // Interaction routes are outside the global limit, so a global 429 on one (not expected) stops just its bucket.
        if (global && route.CountsTowardGlobalLimit)
        {
            Global.PauseUntil(now + retryAfter);
        }
        else
        {
            _buckets.GetOrAdd(BucketKey(route), static _ => new RateLimitBucket()).Exhaust(retryAfter, now);
        }
    }

    // A request that fetched a bucket just before it is swept still works on it; at worst one request goes without
    // the forgotten (long expired) state, and Discord's own headers put it right.
    private void SweepIdleBuckets()
    {
        var since = Time.GetUtcNow() - IdleBucketLifetime;
        foreach (var entry in _buckets)
        {
            if (entry.Value.IsIdleSince(since))
            {
                _buckets.TryRemove(entry);
            }
        }
    }

    /// <summary>Every wait of the client: started on <see cref="Time"/>, then announced.</summary>
    public Task WaitAsync(RestRoute route, TimeSpan delay, string reason, CancellationToken cancellationToken)
    {
        // The timer starts before anyone hears of the wait, so an observer that moves the clock at once cannot
        // move it before the wait began.
        var waiting = Task.Delay(delay, Time, cancellationToken);
        WaitStarted?.Invoke(new RateLimitWait(route.RouteKey, delay, reason));
        return waiting;
    }
}
