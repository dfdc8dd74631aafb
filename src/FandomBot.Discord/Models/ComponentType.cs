namespace FandomBot.Discord.Models;

/// <summary>Message component types.</summary>
public enum ComponentType
{
    /// <summary>A row holding up to five buttons.</summary>
    ActionRow = 1,

    /// <summary>A button.</summary>
    Button = 2,

    /// <summary>A select menu of strings.</summary>
    StringSelect = 3,
}
