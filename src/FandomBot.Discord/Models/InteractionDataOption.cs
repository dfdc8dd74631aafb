using System.Text.Json;

namespace FandomBot.Discord.Models;

/// <summary>An option the user filled in; subcommands and groups carry nested <see cref="Options"/>.</summary>
public sealed record InteractionDataOption
{
    /// <summary>The option's name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The option's type.</summary>
    public ApplicationCommandOptionType Type { get; init; }

    /// <summary>The value: a string, integer, number or boolean depending on <see cref="Type"/>.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>The options of a subcommand or group.</summary>
    public IReadOnlyList<InteractionDataOption>? Options { get; init; }

    /// <summary>In autocomplete, marks the option the user is typing.</summary>
    public bool? Focused { get; init; }

    /// <summary>The value as text (strings as they are, numbers in their JSON form), or null.</summary>
    public string? ValueAsString() => Value switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } v => v.GetRawText(),
        _ => null,
    };
}
