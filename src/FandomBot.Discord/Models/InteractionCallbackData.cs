namespace FandomBot.Discord.Models;

/// <summary>The <c>data</c> of an interaction response: a message, or autocomplete choices.</summary>
public sealed record InteractionCallbackData
{
    /// <summary>The text.</summary>
    public string? Content { get; init; }

    /// <summary>The embeds.</summary>
    public IReadOnlyList<Embed>? Embeds { get; init; }

    /// <summary>The components.</summary>
    public IReadOnlyList<ActionRow>? Components { get; init; }

    /// <summary>Who may be pinged; always set for messages (made from an <see cref="OutgoingMessage"/>).</summary>
    public AllowedMentions? AllowedMentions { get; init; }

    /// <summary>Flags; <see cref="MessageFlags.Ephemeral"/> (64) hides the answer from everyone but the user.</summary>
    public MessageFlags? Flags { get; init; }

    /// <summary>Autocomplete suggestions (at most 25).</summary>
    public IReadOnlyList<ApplicationCommandOptionChoice>? Choices { get; init; }

    /// <summary>The data of a message answer.</summary>
    public static InteractionCallbackData FromMessage(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new()
        {
            Content = message.Content,
            Embeds = message.Embeds,
            Components = message.Components,
            AllowedMentions = message.AllowedMentions,
            Flags = message.Flags,
        };
    }
}
