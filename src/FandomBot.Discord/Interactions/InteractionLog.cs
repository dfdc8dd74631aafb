using FandomBot.Discord.Models;
using FandomBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace FandomBot.Discord.Interactions;

/// <summary>The interaction responder's log lines: ids only, never tokens or message text.</summary>
internal static partial class InteractionLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Interaction {InteractionId} arrived {Age} ago, past the 3 s deadline; not answering")]
    public static partial void ArrivedTooLate(this ILogger logger, Snowflake interactionId, TimeSpan age);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Autocomplete handler for interaction {InteractionId} missed the 3 s deadline; no suggestions sent")]
    public static partial void AutocompleteTooSlow(this ILogger logger, Snowflake interactionId);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "Deferring interaction {InteractionId} failed: {Error}")]
    public static partial void DeferralFailed(this ILogger logger, Snowflake interactionId, DiscordApiError? error);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning, Message = "Handler for interaction {InteractionId} outlived its 15-minute token; its reply is not sent")]
    public static partial void TokenExpired(this ILogger logger, Snowflake interactionId);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Warning, Message = "Interaction {InteractionId}: ephemeral reply after a public deferral; sending it as an ephemeral follow-up")]
    public static partial void EphemeralAfterPublicDeferral(this ILogger logger, Snowflake interactionId);
}
