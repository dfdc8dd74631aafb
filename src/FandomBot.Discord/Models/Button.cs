namespace FandomBot.Discord.Models;

/// <summary>A button. Non-link buttons carry a <see cref="CustomId"/> (at most 100 characters); link buttons a URL.</summary>
public sealed record Button
{
    /// <summary>Always <see cref="ComponentType.Button"/>.</summary>
#pragma warning disable CA1822 // An instance property, so the serializer writes it.
    public ComponentType Type => ComponentType.Button;
#pragma warning restore CA1822

    /// <summary>The look, and whether it is a link.</summary>
    public ButtonStyle Style { get; init; } = ButtonStyle.Secondary;

    /// <summary>The text on the button (at most 80 characters).</summary>
    public string? Label { get; init; }

    /// <summary>An emoji on the button.</summary>
    public PartialEmoji? Emoji { get; init; }

    /// <summary>The id the interaction carries back when the button is pressed.</summary>
    public string? CustomId { get; init; }

    /// <summary>The target of a link button.</summary>
    public Uri? Url { get; init; }

    /// <summary>Whether the button is greyed out.</summary>
    public bool? Disabled { get; init; }
}
