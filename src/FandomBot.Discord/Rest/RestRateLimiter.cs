using System.Collections.Concurrent;

namespace FandomBot.Discord.Rest;

/// <summary>
/// The client's shared rate-limit state (a singleton): which bucket each route belongs to, the buckets per major
/// parameter, and the global limit. Until Discord names a route's bucket, the route is its own bucket, so the first
/// response teaches the limit before a second request is sent.
/// </summary>
internal sealed class RestRateLimiter(TimeProvider time)
{
    /// <summary>Discord's global limit for bots.</summary>
    public const int GlobalRequestsPerSecond = 50;

    private readonly ConcurrentDictionary<string, string> _bucketHashByRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);

    /// <summary>The clock every wait goes through.</summary>
    public TimeProvider Time { get; } = time;

    /// <summary>The global limit.</summary>
    public GlobalRateLimit Global { get; } = new(time, GlobalRequestsPerSecond);

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
        while (true)
        {
            var key = BucketKey(route);
            var bucket = _buckets.GetOrAdd(key, static _ => new RateLimitBucket());
            await bucket.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (BucketKey(route) == key)
            {
                return bucket;
            }

            bucket.Gate.Release();
        }
    }

    /// <summary>Waits while the bucket is exhausted.</summary>
    public async Task WaitForBucketAsync(RestRoute route, RateLimitBucket bucket, CancellationToken cancellationToken)
    {
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

    /// <summary>Every wait of the client: announced, then awaited on <see cref="Time"/>.</summary>
    public Task WaitAsync(RestRoute route, TimeSpan delay, string reason, CancellationToken cancellationToken)
    {
        WaitStarted?.Invoke(new RateLimitWait(route.RouteKey, delay, reason));
        return Task.Delay(delay, Time, cancellationToken);
    }
}
