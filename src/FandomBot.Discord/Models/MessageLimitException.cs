namespace FandomBot.Discord.Models;

/// <summary>
/// An outgoing message breaks one of Discord's size limits. Thrown before sending, because building such a message
/// is a bug in the caller, and Discord would only answer with an opaque 400.
/// </summary>
public sealed class MessageLimitException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MessageLimitException()
    {
    }

    /// <summary>Creates the exception with a message naming the limit.</summary>
    public MessageLimitException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with an inner exception.</summary>
    public MessageLimitException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
