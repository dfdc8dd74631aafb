namespace FandomBot.Discord.Models;

/// <summary>Message types the bot tells apart (unknown values pass through as numbers).</summary>
public enum MessageType
{
    /// <summary>An ordinary message.</summary>
    Default = 0,

    /// <summary>A reply to another message.</summary>
    Reply = 19,

    /// <summary>A response to a slash command.</summary>
    ChatInputCommand = 20,

    /// <summary>A response to a context-menu command.</summary>
    ContextMenuCommand = 23,
}
