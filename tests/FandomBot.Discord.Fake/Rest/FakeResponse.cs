using System.Globalization;
using System.Text.Json.Nodes;

namespace FandomBot.Discord.Fake.Rest;

/// <summary>
/// A scripted answer of the fake REST API. Without a <see cref="Status"/> the route answers as usual, with the extra
/// <see cref="Headers"/> (for example rate-limit headers).
/// </summary>
public sealed record FakeResponse
{
    /// <summary>The status; null answers with the route's usual answer.</summary>
    public int? Status { get; init; }

    /// <summary>The JSON body to send with <see cref="Status"/>.</summary>
    public string? Body { get; init; }

    /// <summary>
    /// Whether the request takes effect before <see cref="Status"/> is answered: Discord may fail after doing the work
    /// (a 500 from a proxy, a timeout after the write), so a client cannot read a 5xx as "nothing happened".
    /// </summary>
    public bool TakesEffect { get; init; }

    /// <summary>Whether the connection is dropped instead of answered (after taking effect when <see cref="TakesEffect"/>).</summary>
    public bool DropsConnection { get; init; }

    /// <summary>Headers to add.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>The route's usual answer.</summary>
    public static FakeResponse Usual { get; } = new();

    /// <summary>The usual answer with rate-limit headers.</summary>
    public static FakeResponse UsualWithRateLimit(string bucket, int remaining, double resetAfterSeconds, int limit = 5) => new()
    {
        Headers = RateLimitHeaders(bucket, remaining, resetAfterSeconds, limit),
    };

    /// <summary>A 429, as Discord sends it (body and headers).</summary>
    public static FakeResponse RateLimited(double retryAfterSeconds, bool global = false, string? bucket = null, string scope = "user")
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Retry-After"] = Math.Ceiling(retryAfterSeconds).ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Scope"] = global ? "global" : scope,
        };
        if (global)
        {
            headers["X-RateLimit-Global"] = "true";
        }
        else
        {
            headers["X-RateLimit-Remaining"] = "0";
            headers["X-RateLimit-Reset-After"] = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            if (bucket is not null)
            {
                headers["X-RateLimit-Bucket"] = bucket;
            }
        }

        var body = new JsonObject
        {
            ["message"] = "You are being rate limited.",
            ["retry_after"] = retryAfterSeconds,
            ["global"] = global,
        };
        return new FakeResponse { Status = 429, Body = body.ToJsonString(), Headers = headers };
    }

    /// <summary>A server error (Discord's 500, 502 or 503).</summary>
    public static FakeResponse ServerError(int status = 502) => new() { Status = status, Body = """{"message": "Bad Gateway", "code": 0}""" };

    /// <summary>A server error answered after the request took effect (an interaction callback that did post).</summary>
    public static FakeResponse ServerErrorAfterTakingEffect(int status = 500) =>
        ServerError(status) with { Body = """{"message": "500: Internal Server Error", "code": 0}""", TakesEffect = true };

    /// <summary>No answer at all: the connection drops after the request took effect.</summary>
    public static FakeResponse DroppedAfterTakingEffect { get; } = new() { TakesEffect = true, DropsConnection = true };

    /// <summary>No answer at all: the connection drops and the request has no effect.</summary>
    public static FakeResponse Dropped { get; } = new() { DropsConnection = true };

    /// <summary>A Discord error answer, for example 403 with code 50013.</summary>
    public static FakeResponse Error(int status, int code, string message) => new()
    {
        Status = status,
        Body = new JsonObject { ["message"] = message, ["code"] = code }.ToJsonString(),
    };

    /// <summary>The rate-limit headers Discord sends with every answer.</summary>
    public static Dictionary<string, string> RateLimitHeaders(string bucket, int remaining, double resetAfterSeconds, int limit) =>
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["X-RateLimit-Bucket"] = bucket,
            ["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture),
            ["X-RateLimit-Reset-After"] = resetAfterSeconds.ToString(CultureInfo.InvariantCulture),
        };
}
