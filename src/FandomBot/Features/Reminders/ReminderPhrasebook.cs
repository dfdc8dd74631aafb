using FandomBot.Localization;

namespace FandomBot.Features.Reminders;

/// <summary>
/// The words of a reminder in one language, read from its locale file: several warm phrasings and the labels around
/// them. A typed view over the <c>reminder.*</c> keys, so the reminder code reads <c>phrasebook.WhyButton</c>.
/// </summary>
internal sealed record ReminderPhrasebook(
    string Language,
    IReadOnlyList<string> Reminders,
    string WhyButton,
    string NotSpeculationButton,
    string ThanksForFeedback,
    string WhyIntro,
    string QuoteIntro,
    string OnlyAuthorOrModerator)
{
    /// <summary>The phrasebook of the first language of <paramref name="locale"/>'s fallback chain that we have.</summary>
    public static ReminderPhrasebook Of(Locales locales, string? locale)
    {
        ArgumentNullException.ThrowIfNull(locales);
        var language = locales.LanguageOf(locale);
        return new(
            language,
            locales.Texts("reminder.phrasings", language),
            locales.Text("reminder.why-button", language),
            locales.Text("reminder.not-speculation-button", language),
            locales.Text("reminder.thanks-for-feedback", language),
            locales.Text("reminder.why-intro", language),
            locales.Text("reminder.quote-intro", language),
            locales.Text("reminder.only-author-or-moderator", language));
    }
}
