namespace FandomBot.Discord.Models;

/// <summary>An emoji on a button: a Unicode emoji by <see cref="Name"/>, or a custom one by <see cref="Id"/>.</summary>
public sealed record PartialEmoji
{
    /// <summary>A custom emoji's id.</summary>
    public Snowflake? Id { get; init; }

    /// <summary>The Unicode emoji, or the custom emoji's name.</summary>
    public string? Name { get; init; }

    /// <summary>Whether the custom emoji is animated.</summary>
    public bool? Animated { get; init; }
}
