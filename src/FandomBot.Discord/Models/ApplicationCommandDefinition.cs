namespace FandomBot.Discord.Models;

/// <summary>A command as the bot declares it in a bulk overwrite (<c>PUT .../commands</c>).</summary>
public sealed record ApplicationCommandDefinition
{
    /// <summary>The name (1–32 lowercase characters for slash commands).</summary>
    public string Name { get; init; } = "";

    /// <summary>Names per locale ("fr", "de", ...).</summary>
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    /// <summary>The description (1–100 characters; empty for context-menu commands).</summary>
    public string Description { get; init; } = "";

    /// <summary>Descriptions per locale.</summary>
    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }

    /// <summary>The kind of command; slash commands by default.</summary>
    public ApplicationCommandType? Type { get; init; }

    /// <summary>The options, subcommands or groups.</summary>
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>Who may use the command by default, as a permission set; <see cref="Permissions.None"/> means admins only.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(PermissionsAsNumberJsonConverter))]
    public Permissions? DefaultMemberPermissions { get; init; }

    /// <summary>Where the command may be used.</summary>
    public IReadOnlyList<InteractionContextType>? Contexts { get; init; }

    /// <summary>The installation kinds the command is available for.</summary>
    public IReadOnlyList<ApplicationIntegrationType>? IntegrationTypes { get; init; }

    /// <summary>Whether the command is age-restricted.</summary>
    public bool? Nsfw { get; init; }
}
