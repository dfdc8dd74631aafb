using System.Collections.Frozen;
using FandomBot.Localization;

namespace FandomBot.Features.Reminders;

/// <summary>
/// What the reminder says, in the language the detector found. Every phrasing (in <c>config/locales</c>, key
/// <c>reminder.phrasings</c>) is short (≤ 280 characters), warm, names no one and accuses no one: it is about real
/// people's privacy, not about the person who wrote.
/// </summary>
internal static class ReminderTexts
{
    /// <summary>The longest a reminder may be before its quote.</summary>
    public const int MaxLength = 280;

    private static readonly FrozenDictionary<string, ReminderPhrasebook> ByLanguage = Locales.Embedded.Files.Keys
        .ToFrozenDictionary(language => language, language => ReminderPhrasebook.Of(Locales.Embedded, language), StringComparer.Ordinal);

    public static ReminderPhrasebook English => ByLanguage["en"];

    public static ReminderPhrasebook Spanish => ByLanguage["es"];

    public static ReminderPhrasebook German => ByLanguage["de"];

    /// <summary>The phrasebook of a language code ("es", "pt-BR", "fr"…), along its fallback chain to English.</summary>
    public static ReminderPhrasebook For(string? language) => ByLanguage[Locales.Embedded.LanguageOf(language)];

    /// <summary>One phrasing, varied by a seed (the message id) so the channel does not see the same words every time.</summary>
    public static string Pick(ReminderPhrasebook phrasebook, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(phrasebook);
        return phrasebook.Reminders[(int)(seed % (ulong)phrasebook.Reminders.Count)];
    }
}
