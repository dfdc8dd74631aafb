namespace FandomBot.Discord.Fake.Rest;

/// <summary>
/// Realistic rate limiting for one route: <see cref="Limit"/> requests per <see cref="Window"/> per major parameter,
/// announced in headers, answered with 429 beyond it. Runs on the server's <see cref="TimeProvider"/>.
/// </summary>
/// <param name="Bucket">The bucket hash to announce.</param>
/// <param name="Limit">Requests per window.</param>
/// <param name="Window">The window, from the first request in it.</param>
public sealed record FakeRateLimit(string Bucket, int Limit, TimeSpan Window);
