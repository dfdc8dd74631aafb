using System.Net;

namespace FandomBot.Discord.Rest;

/// <summary>An expected failure of a REST call, as a value: what went wrong, the HTTP status and Discord's JSON code.</summary>
/// <param name="Kind">The kind of failure.</param>
/// <param name="Status">The HTTP status of the last answer, when there was one.</param>
/// <param name="Code">Discord's JSON error code (for example 50013), when Discord sent one.</param>
/// <param name="Message">Discord's or our own explanation; never holds tokens or message content.</param>
public sealed record DiscordApiError(DiscordErrorKind Kind, HttpStatusCode? Status, int? Code, string Message)
{
    /// <summary>The bot lacks a permission (50013).</summary>
    public bool IsMissingPermissions => Code == DiscordErrorCodes.MissingPermissions;

    /// <summary>The user cannot be messaged (50007).</summary>
    public bool IsCannotMessageUser => Code == DiscordErrorCodes.CannotSendMessagesToUser;

    /// <summary>The interaction is unknown to Discord (10062).</summary>
    public bool IsUnknownInteraction => Code == DiscordErrorCodes.UnknownInteraction;

    /// <summary>The message is unknown to Discord (10008).</summary>
    public bool IsUnknownMessage => Code == DiscordErrorCodes.UnknownMessage;

    /// <summary>A short description for logs.</summary>
    public override string ToString() =>
        $"{Kind} (HTTP {(Status is { } s ? ((int)s).ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")}, code {Code?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}): {Message}";
}
