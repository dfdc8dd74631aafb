namespace FandomBot.Discord.Models;

/// <summary>Kinds of command option.</summary>
#pragma warning disable CA1720 // Discord's own option type names.
public enum ApplicationCommandOptionType
{
    /// <summary>A subcommand.</summary>
    SubCommand = 1,

    /// <summary>A group of subcommands.</summary>
    SubCommandGroup = 2,

    /// <summary>Text.</summary>
    String = 3,

    /// <summary>A whole number.</summary>
    Integer = 4,

    /// <summary>True or false.</summary>
    Boolean = 5,

    /// <summary>A user.</summary>
    User = 6,

    /// <summary>A channel.</summary>
    Channel = 7,

    /// <summary>A role.</summary>
    Role = 8,

    /// <summary>A user or a role.</summary>
    Mentionable = 9,

    /// <summary>A floating-point number.</summary>
    Number = 10,

    /// <summary>A file.</summary>
    Attachment = 11,
}
#pragma warning restore CA1720
