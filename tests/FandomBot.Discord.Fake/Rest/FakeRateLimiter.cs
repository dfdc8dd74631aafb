using Microsoft.AspNetCore.Http;

namespace FandomBot.Discord.Fake.Rest;

/// <summary>
/// The fake's realistic rate limiting: per route, a fixed window per bucket hash and major parameter, as Discord
/// keeps it, announced in the same headers Discord sends.
/// </summary>
internal sealed class FakeRateLimiter(TimeProvider time)
{
    private static readonly string[] MajorParameters = ["channel_id", "guild_id", "webhook_id", "webhook_token", "interaction_id"];
    private readonly Dictionary<string, FakeRateLimit> _limits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Count, DateTimeOffset WindowStart)> _windows = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public void Enable(string route, FakeRateLimit limit)
    {
        lock (_lock)
        {
            _limits[route] = limit;
        }
    }

    /// <summary>
    /// Takes a slot for the request when its route is limited, adding the rate-limit headers to
    /// <paramref name="headers"/>. Returns the 429 to send when the window is full, otherwise null.
    /// </summary>
    public FakeResponse? TakeSlot(string route, HttpContext context, Dictionary<string, string> headers)
    {
        lock (_lock)
        {
            if (!_limits.TryGetValue(route, out var limit))
            {
                return null;
            }

            var major = string.Join("/", MajorParameters.Select(name => context.Request.RouteValues[name]?.ToString()).Where(value => value is not null));
            var key = limit.Bucket + "|" + major;
            var now = time.GetUtcNow();
            var (count, start) = _windows.TryGetValue(key, out var window) && now < window.WindowStart + limit.Window ? window : (0, now);
            var allowed = count < limit.Limit;
            if (allowed)
            {
                count++;
            }

            _windows[key] = (count, start);
            var resetAfter = (start + limit.Window - now).TotalSeconds;
            foreach (var (name, value) in FakeResponse.RateLimitHeaders(limit.Bucket, limit.Limit - count, resetAfter, limit.Limit))
            {
                headers[name] = value;
            }

            if (allowed)
            {
                return null;
            }

            var limited = FakeResponse.RateLimited(resetAfter, bucket: limit.Bucket);
            return limited with
            {
                Headers = headers.Concat(limited.Headers).DistinctBy(h => h.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(StringComparer.OrdinalIgnoreCase),
            };
        }
    }
}
