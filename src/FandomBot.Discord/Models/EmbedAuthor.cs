namespace FandomBot.Discord.Models;

/// <summary>An embed author line (name at most 256 characters).</summary>
public sealed record EmbedAuthor
{
    /// <summary>The author's name.</summary>
    public string Name { get; init; } = "";

    /// <summary>A link on the name.</summary>
    public Uri? Url { get; init; }

    /// <summary>An icon URL.</summary>
    public Uri? IconUrl { get; init; }
}
