using System.Globalization;

namespace FandomBot.Discord.Rest;

/// <summary>The rate-limit headers of one Discord response.</summary>
internal sealed record RateLimitHeaders
{
    /// <summary>Discord's hash of the bucket the route belongs to.</summary>
    public string? Bucket { get; init; }

    /// <summary>Requests left in the bucket.</summary>
    public int? Remaining { get; init; }

    /// <summary>Time until the bucket refills.</summary>
    public TimeSpan? ResetAfter { get; init; }

    /// <summary>Set on a 429 that applies to every route (<c>X-RateLimit-Global</c>).</summary>
    public bool IsGlobal { get; init; }

    /// <summary><c>user</c>, <c>global</c> or <c>shared</c> on a 429; shared limits do not count as invalid requests.</summary>
    public string? Scope { get; init; }

    /// <summary>The standard <c>Retry-After</c> header, in seconds.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public static RateLimitHeaders From(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = response.Headers;
        return new RateLimitHeaders
        {
            Bucket = Single(headers, "X-RateLimit-Bucket"),
            Remaining = int.TryParse(Single(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining)
                ? remaining
                : null,
            ResetAfter = Seconds(Single(headers, "X-RateLimit-Reset-After")),
            IsGlobal = string.Equals(Single(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase),
            Scope = Single(headers, "X-RateLimit-Scope"),
            RetryAfter = Seconds(Single(headers, "Retry-After")),
        };
    }

    private static string? Single(System.Net.Http.Headers.HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static TimeSpan? Seconds(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
