namespace FandomBot.Discord.Models;

/// <summary>Kinds of application command.</summary>
public enum ApplicationCommandType
{
    /// <summary>A slash command.</summary>
    ChatInput = 1,

    /// <summary>A right-click command on a user.</summary>
    User = 2,

    /// <summary>A right-click command on a message.</summary>
    Message = 3,
}
