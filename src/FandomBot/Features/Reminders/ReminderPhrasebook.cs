namespace FandomBot.Features.Reminders;

/// <summary>The words of a reminder in one language: several warm phrasings and the labels around them.</summary>
internal sealed record ReminderPhrasebook(
    string Language,
    IReadOnlyList<string> Reminders,
    string WhyButton,
    string NotSpeculationButton,
    string ThanksForFeedback,
    string WhyIntro,
    string QuoteIntro,
    string OnlyAuthorOrModerator);
