namespace FandomBot.Discord.Models;

/// <summary>The first (and only) callback to an interaction. Built with the factory methods, which keep it mention-safe.</summary>
public sealed record InteractionResponse
{
    private InteractionResponse(InteractionCallbackType type, InteractionCallbackData? data)
    {
        Type = type;
        Data = data;
    }

    /// <summary>How the bot answers.</summary>
    public InteractionCallbackType Type { get; }

    /// <summary>What it answers with.</summary>
    public InteractionCallbackData? Data { get; }

    /// <summary>Whether this response opens a deferral that a later edit of the original response completes.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsDeferral => Type is InteractionCallbackType.DeferredChannelMessageWithSource or InteractionCallbackType.DeferredUpdateMessage;

    /// <summary>Answers with a message (type 4).</summary>
    /// <exception cref="MessageLimitException">The message breaks one of Discord's size limits.</exception>
    public static InteractionResponse Message(OutgoingMessage message)
    {
        MessageLimits.Check(message);
        return new(InteractionCallbackType.ChannelMessageWithSource, InteractionCallbackData.FromMessage(message));
    }

    /// <summary>Replaces the message a component is on (type 7).</summary>
    /// <exception cref="MessageLimitException">The message breaks one of Discord's size limits.</exception>
    public static InteractionResponse UpdateMessage(OutgoingMessage message)
    {
        MessageLimits.Check(message);
        return new(InteractionCallbackType.UpdateMessage, InteractionCallbackData.FromMessage(message));
    }

    /// <summary>Shows "thinking…" (type 5), ephemeral when the final answer will be.</summary>
    public static InteractionResponse DeferMessage(bool ephemeral) =>
        new(InteractionCallbackType.DeferredChannelMessageWithSource, ephemeral ? new InteractionCallbackData { Flags = MessageFlags.Ephemeral } : null);

    /// <summary>Acknowledges a component now, to edit its message later (type 6).</summary>
    public static InteractionResponse DeferUpdate() => new(InteractionCallbackType.DeferredUpdateMessage, null);

    /// <summary>Answers an autocomplete request (type 8) with at most 25 suggestions.</summary>
    /// <exception cref="MessageLimitException">More than 25 suggestions.</exception>
    public static InteractionResponse Autocomplete(IReadOnlyList<ApplicationCommandOptionChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (choices.Count > MessageLimits.AutocompleteChoices)
        {
            throw new MessageLimitException($"An autocomplete answer may offer at most {MessageLimits.AutocompleteChoices} choices; this one offers {choices.Count}.");
        }

        return new(InteractionCallbackType.ApplicationCommandAutocompleteResult, new InteractionCallbackData { Choices = choices });
    }
}
