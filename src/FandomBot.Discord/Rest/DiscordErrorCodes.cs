namespace FandomBot.Discord.Rest;

/// <summary>Discord's JSON error codes the bot reacts to (the <c>code</c> of an error body).</summary>
public static class DiscordErrorCodes
{
    /// <summary>Unknown channel.</summary>
    public const int UnknownChannel = 10003;

    /// <summary>Unknown message (deleted, or never existed).</summary>
    public const int UnknownMessage = 10008;

    /// <summary>Unknown interaction (already answered, or answered too late).</summary>
    public const int UnknownInteraction = 10062;

    /// <summary>Missing access to the channel.</summary>
    public const int MissingAccess = 50001;

    /// <summary>Cannot send messages to this user (DMs closed or no shared guild).</summary>
    public const int CannotSendMessagesToUser = 50007;

    /// <summary>Missing permissions.</summary>
    public const int MissingPermissions = 50013;

    /// <summary>Invalid form body.</summary>
    public const int InvalidFormBody = 50035;

    /// <summary>Interaction has already been acknowledged.</summary>
    public const int InteractionAlreadyAcknowledged = 40060;
}
