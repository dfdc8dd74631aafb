namespace FandomBot.Discord.Rest;

/// <summary>Why a REST call did not succeed.</summary>
public enum DiscordErrorKind
{
    /// <summary>Discord refused the request (a 4xx other than 401 and 429); see <see cref="DiscordApiError.Code"/>.</summary>
    Rejected,

    /// <summary>The bot token is invalid (a 401 now or earlier); every later bot call fails fast.</summary>
    Unauthorized,

    /// <summary>Still rate limited after the allowed number of retries.</summary>
    RateLimited,

    /// <summary>Discord answered 5xx on every attempt.</summary>
    ServerUnavailable,

    /// <summary>No answer: connection failure or timeout.</summary>
    NetworkFailure,

    /// <summary>The interaction token is older than 15 minutes, so the call was not made.</summary>
    InteractionExpired,
}
