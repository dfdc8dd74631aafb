namespace FandomBot.Discord.Models;

/// <summary>An embed footer (text at most 2048 characters).</summary>
public sealed record EmbedFooter
{
    /// <summary>The footer text.</summary>
    public string Text { get; init; } = "";

    /// <summary>An icon URL.</summary>
    public Uri? IconUrl { get; init; }
}
