namespace FandomBot.Discord.Models;

/// <summary>A rich embed. <see cref="MessageLimits"/> checks Discord's size limits before one is sent.</summary>
public sealed record Embed
{
    /// <summary>The title (at most 256 characters).</summary>
    public string? Title { get; init; }

    /// <summary>The description (at most 4096 characters).</summary>
    public string? Description { get; init; }

    /// <summary>The link of the title.</summary>
    public Uri? Url { get; init; }

    /// <summary>The timestamp shown in the footer.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The colour of the left border, as 0xRRGGBB.</summary>
    public int? Color { get; init; }

    /// <summary>The footer.</summary>
    public EmbedFooter? Footer { get; init; }

    /// <summary>The author line.</summary>
    public EmbedAuthor? Author { get; init; }

    /// <summary>The fields (at most 25).</summary>
    public IReadOnlyList<EmbedField>? Fields { get; init; }
}
