using Microsoft.Extensions.Logging;

namespace FandomBot.Discord.Rest;

/// <summary>The REST client's log lines. Routes appear as templates: concrete paths can hold interaction tokens.</summary>
internal static partial class RestLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning,
        Message = "Discord rejected the bot token (401 on {Route}); no further request will use it. Set a valid Discord:Token and restart")]
    public static partial void TokenRejected(this ILogger logger, string route);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Error,
        Message = "Discord no longer accepts the bot token, which worked until now (401 on {Route}): the bot can answer no one. Set the new Discord:Token and restart")]
    public static partial void TokenRevoked(this ILogger logger, string route);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning,
        Message = "Discord answered {Count} requests with 401/403/429 in the last 10 minutes; at {BanThreshold} it bans this IP")]
    public static partial void NearingInvalidRequestBan(this ILogger logger, int count, int banThreshold);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Discord request {Route} failed without an answer: {Reason}")]
    public static partial void NoAnswer(this ILogger logger, RestRoute route, string reason);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Discord rate limited {Route} ({Scope}); retrying after {RetryAfter}")]
    public static partial void RateLimited(this ILogger logger, RestRoute route, string scope, TimeSpan retryAfter);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Discord answered {Status} to {Route} {Attempts} times; giving up")]
    public static partial void ServerErrorsExhausted(this ILogger logger, int status, RestRoute route, int attempts);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Debug, Message = "Discord refused {Route}: {Status} code {Code}")]
    public static partial void Refused(this ILogger logger, RestRoute route, int status, int? code);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Warning, Message = "Discord request {Route} failed and is not sent again: {Reason}")]
    public static partial void NotResent(this ILogger logger, RestRoute route, string reason);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Debug, Message = "Discord request {Route} failed but had taken effect; not sent again")]
    public static partial void LandedDespiteFailure(this ILogger logger, RestRoute route);
}
