using System.Buffers;
using System.Globalization;
using System.Text;

namespace FandomBot.Storage;

/// <summary>
/// The input rules of the store, checked before any database work so bad input never reaches the database.
/// Each check returns null when the input is fine, else an error whose message names the rule.
/// </summary>
internal static class SettingsValidation
{
    public static StoreError? Cooldown(int minutes) =>
        minutes is < SettingsLimits.MinCooldownMinutes or > SettingsLimits.MaxCooldownMinutes
            ? StoreError.Invalid($"The cooldown must be between {SettingsLimits.MinCooldownMinutes} and {SettingsLimits.MaxCooldownMinutes} minutes (got {minutes}).")
            : null;

    public static StoreError? Id(ulong id, string what) =>
        id == 0 ? StoreError.Invalid($"The {what} id must not be 0.") : null;

    public static StoreError? Defined<TEnum>(TEnum value, string what)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? null : StoreError.Invalid($"Unknown {what} '{value}'.");

    public static StoreError? PackId(string? packId) => Text(packId, "fandom pack id", SettingsLimits.MaxPackIdLength);

    public static StoreError? Person(GuildPerson? person)
    {
        if (person is null)
        {
            return StoreError.Invalid("A person is required.");
        }

        if (Text(person.Name, "name", SettingsLimits.MaxNameLength) is { } nameError)
        {
            return nameError;
        }

        if (Defined(person.Kind, "person kind") is { } kindError)
        {
            return kindError;
        }

        if (person.Aliases.IsDefault)
        {
            return StoreError.Invalid("Aliases must be a list (it may be empty).");
        }

        if (person.Aliases.Length > SettingsLimits.MaxAliasesPerPerson)
        {
            return StoreError.Invalid($"A person may have at most {SettingsLimits.MaxAliasesPerPerson} aliases (got {person.Aliases.Length}).");
        }

        foreach (var alias in person.Aliases)
        {
            if (Text(alias, "alias", SettingsLimits.MaxNameLength) is { } aliasError)
            {
                return aliasError;
            }
        }

        return null;
    }

    /// <summary>
    /// Names, aliases and pack ids: not blank, at most <paramref name="maxLength"/> characters, valid Unicode (a lone
    /// surrogate cannot be stored as UTF-8) and no control characters (PostgreSQL refuses NUL; none belong in a name).
    /// </summary>
    public static StoreError? Text(string? text, string what, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return StoreError.Invalid($"The {what} must not be empty.");
        }

        var characters = 0;
        var remaining = text.AsSpan();
        while (!remaining.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(remaining, out var rune, out var consumed) != OperationStatus.Done)
            {
                return StoreError.Invalid($"The {what} contains invalid Unicode.");
            }

            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.Control)
            {
                return StoreError.Invalid($"The {what} must not contain control characters such as line breaks.");
            }

            characters++;
            remaining = remaining[consumed..];
        }

        return characters > maxLength
            ? StoreError.Invalid($"The {what} may be at most {maxLength} characters (got {characters}).")
            : null;
    }
}
