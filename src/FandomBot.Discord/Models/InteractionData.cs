namespace FandomBot.Discord.Models;

/// <summary>The payload of an interaction: a command with its options, or a component's custom id.</summary>
public sealed record InteractionData
{
    /// <summary>The command's id.</summary>
    public Snowflake? Id { get; init; }

    /// <summary>The command's name.</summary>
    public string? Name { get; init; }

    /// <summary>The command's type.</summary>
    public ApplicationCommandType? Type { get; init; }

    /// <summary>The options the user gave (subcommands nest theirs).</summary>
    public IReadOnlyList<InteractionDataOption>? Options { get; init; }

    /// <summary>The channels (and other objects) the options refer to.</summary>
    public InteractionResolvedData? Resolved { get; init; }

    /// <summary>The guild the command is registered in, for guild commands.</summary>
    public Snowflake? GuildId { get; init; }

    /// <summary>The target of a context-menu command.</summary>
    public Snowflake? TargetId { get; init; }

    /// <summary>The pressed component's custom id.</summary>
    public string? CustomId { get; init; }

    /// <summary>The pressed component's type.</summary>
    public ComponentType? ComponentType { get; init; }

    /// <summary>The chosen values of a select menu.</summary>
    public IReadOnlyList<string>? Values { get; init; }
}
