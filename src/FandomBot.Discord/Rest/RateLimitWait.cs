namespace FandomBot.Discord.Rest;

/// <summary>A wait the client decided on before sending: how long, why, and for which route.</summary>
/// <param name="Route">The route template, for example <c>POST /channels/{channel_id}/messages</c>.</param>
/// <param name="Delay">How long the request waits.</param>
/// <param name="Reason">Why: <c>bucket</c>, <c>global 429</c>, <c>global 50/s</c>, <c>429 retry</c>, <c>5xx backoff</c>.</param>
public sealed record RateLimitWait(string Route, TimeSpan Delay, string Reason);
