namespace FandomBot.Discord.Models;

/// <summary>A registered command as Discord returns it.</summary>
public sealed record ApplicationCommand
{
    /// <summary>The command's id.</summary>
    public Snowflake Id { get; init; }

    /// <summary>The application it belongs to.</summary>
    public Snowflake ApplicationId { get; init; }

    /// <summary>The guild, for guild commands.</summary>
    public Snowflake? GuildId { get; init; }

    /// <summary>An id that changes when the command is updated.</summary>
    public Snowflake Version { get; init; }

    /// <summary>The kind of command.</summary>
    public ApplicationCommandType Type { get; init; } = ApplicationCommandType.ChatInput;

    /// <summary>The name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The description.</summary>
    public string Description { get; init; } = "";

    /// <summary>The options.</summary>
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }
}
