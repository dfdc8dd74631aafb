namespace FandomBot.Discord.Models;

/// <summary>An embed field: name at most 256 characters, value at most 1024.</summary>
public sealed record EmbedField
{
    /// <summary>The field's name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The field's value.</summary>
    public string Value { get; init; } = "";

    /// <summary>Whether the field may sit beside others on one line.</summary>
    public bool? Inline { get; init; }
}
