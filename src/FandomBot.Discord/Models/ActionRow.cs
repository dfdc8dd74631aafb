namespace FandomBot.Discord.Models;

/// <summary>A row of up to five buttons under a message (at most five rows per message).</summary>
public sealed record ActionRow
{
    /// <summary>Always <see cref="ComponentType.ActionRow"/>.</summary>
#pragma warning disable CA1822 // An instance property, so the serializer writes it.
    public ComponentType Type => ComponentType.ActionRow;
#pragma warning restore CA1822

    /// <summary>The buttons in this row.</summary>
    public IReadOnlyList<Button> Components { get; init; } = [];
}
