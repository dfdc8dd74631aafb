using FandomBot.Discord.Models;

namespace FandomBot.Interactions;

/// <summary>Autocomplete suggestions within Discord's limits: at most 25, names and values 1–100 characters.</summary>
internal static class Choices
{
    private const int MaxLength = 100;

    /// <summary>Each text as a suggestion whose name and value are the text itself.</summary>
    public static IReadOnlyList<ApplicationCommandOptionChoice> From(IEnumerable<string> values) =>
        From(values.Select(value => (value, value)));

    /// <summary>Each (shown name, value) pair as a suggestion; values too long to fit are left out.</summary>
    public static IReadOnlyList<ApplicationCommandOptionChoice> From(IEnumerable<(string Name, string Value)> choices) =>
    [
        .. choices
            .Where(choice => choice.Value.Length is > 0 and <= MaxLength && choice.Name.Length > 0)
            .Take(MessageLimits.AutocompleteChoices)
            .Select(choice => ApplicationCommandOptionChoice.FromString(Shorten(choice.Name), choice.Value)),
    ];

    private static string Shorten(string name) => name.Length <= MaxLength ? name : string.Concat(name.AsSpan(0, MaxLength - 1), "…");
}
