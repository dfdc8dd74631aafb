namespace FandomBot.Discord.Models;

/// <summary>An option of a command; also a subcommand or subcommand group when <see cref="Type"/> says so.</summary>
public sealed record ApplicationCommandOption
{
    /// <summary>The kind of option.</summary>
    public ApplicationCommandOptionType Type { get; init; }

    /// <summary>The name (1–32 characters).</summary>
    public string Name { get; init; } = "";

    /// <summary>Names per locale.</summary>
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    /// <summary>The description (1–100 characters).</summary>
    public string Description { get; init; } = "";

    /// <summary>Descriptions per locale.</summary>
    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }

    /// <summary>Whether the user must fill it in.</summary>
    public bool? Required { get; init; }

    /// <summary>Fixed choices (at most 25); not together with <see cref="Autocomplete"/>.</summary>
    public IReadOnlyList<ApplicationCommandOptionChoice>? Choices { get; init; }

    /// <summary>The options of a subcommand, or the subcommands of a group.</summary>
    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>Whether Discord asks the bot for suggestions while the user types.</summary>
    public bool? Autocomplete { get; init; }

    /// <summary>Allowed channel types, for channel options.</summary>
    public IReadOnlyList<ChannelType>? ChannelTypes { get; init; }

    /// <summary>The smallest allowed value, for integer and number options.</summary>
    public double? MinValue { get; init; }

    /// <summary>The largest allowed value, for integer and number options.</summary>
    public double? MaxValue { get; init; }

    /// <summary>The shortest allowed text, for string options.</summary>
    public int? MinLength { get; init; }

    /// <summary>The longest allowed text, for string options.</summary>
    public int? MaxLength { get; init; }
}
