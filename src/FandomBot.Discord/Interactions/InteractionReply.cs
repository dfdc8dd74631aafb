using FandomBot.Discord.Models;

namespace FandomBot.Discord.Interactions;

/// <summary>A handler's answer to an interaction; the responder decides how it reaches Discord in time.</summary>
public sealed record InteractionReply
{
    private InteractionReply(InteractionReplyKind kind, OutgoingMessage? message, IReadOnlyList<ApplicationCommandOptionChoice>? choices)
    {
        Kind = kind;
        Message = message;
        Choices = choices;
    }

    /// <summary>The kind of answer.</summary>
    public InteractionReplyKind Kind { get; }

    /// <summary>The message, for <see cref="InteractionReplyKind.Message"/> and <see cref="InteractionReplyKind.UpdateMessage"/>.</summary>
    public OutgoingMessage? Message { get; }

    /// <summary>The suggestions, for <see cref="InteractionReplyKind.Autocomplete"/>.</summary>
    public IReadOnlyList<ApplicationCommandOptionChoice>? Choices { get; }

    /// <summary>Answers with a new message.</summary>
    /// <exception cref="MessageLimitException">The message breaks one of Discord's size limits.</exception>
    public static InteractionReply WithMessage(OutgoingMessage message)
    {
        MessageLimits.Check(message);
        return new(InteractionReplyKind.Message, message, null);
    }

    /// <summary>Replaces the message a button is on.</summary>
    /// <exception cref="MessageLimitException">The message breaks one of Discord's size limits.</exception>
    public static InteractionReply UpdatingMessage(OutgoingMessage message)
    {
        MessageLimits.Check(message);
        return new(InteractionReplyKind.UpdateMessage, message, null);
    }

    /// <summary>Offers autocomplete suggestions (at most 25).</summary>
    /// <exception cref="MessageLimitException">More than 25 suggestions.</exception>
    public static InteractionReply WithChoices(IReadOnlyList<ApplicationCommandOptionChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (choices.Count > MessageLimits.AutocompleteChoices)
        {
            throw new MessageLimitException($"An autocomplete answer may offer at most {MessageLimits.AutocompleteChoices} choices; this one offers {choices.Count}.");
        }

        return new(InteractionReplyKind.Autocomplete, null, choices);
    }
}
