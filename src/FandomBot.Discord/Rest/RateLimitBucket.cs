namespace FandomBot.Discord.Rest;

/// <summary>
/// One rate-limit bucket (bucket hash + major parameter). Requests in a bucket go one at a time through
/// <see cref="Gate"/>, so each learns the headers of the one before it and none is sent into an exhausted bucket.
/// </summary>
internal sealed class RateLimitBucket
{
    private readonly Lock _state = new();
    private int? _remaining;
    private DateTimeOffset _resetAt;
    private DateTimeOffset _lastUsed;

    /// <summary>Held while a request of this bucket is being sent.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>How long to wait before the next request may be sent (zero when it may go now).</summary>
    public TimeSpan DelayBeforeNext(DateTimeOffset now)
    {
        lock (_state)
        {
            return _remaining is <= 0 && _resetAt > now ? _resetAt - now : TimeSpan.Zero;
        }
    }

    /// <summary>Takes in what a response said about the bucket.</summary>
    public void Update(int? remaining, TimeSpan? resetAfter, DateTimeOffset now)
    {
        lock (_state)
        {
            if (remaining is { } r)
            {
                _remaining = r;
            }

            if (resetAfter is { } after)
            {
                _resetAt = now + after;
            }
        }
    }

    /// <summary>Notes that a request is using the bucket now.</summary>
    public void Touch(DateTimeOffset now)
    {
        lock (_state)
        {
            _lastUsed = now;
        }
    }

    /// <summary>Whether nothing has used the bucket, nor does its limit matter, since <paramref name="since"/>.</summary>
    public bool IsIdleSince(DateTimeOffset since)
    {
        lock (_state)
        {
            return Gate.CurrentCount == 1 && _lastUsed < since && _resetAt < since;
        }
    }

    /// <summary>After a 429: nothing more until <paramref name="retryAfter"/> has passed.</summary>
    public void Exhaust(TimeSpan retryAfter, DateTimeOffset now) => Update(0, retryAfter, now);
}
