using System.Globalization;
using FandomBot.Core.Detection;
using FandomBot.Interactions;

namespace FandomBot.Features.ReminderSetup;

/// <summary>What <c>/reminders test</c> shows a moderator: the verdict, who it is about, the language and the reasons.</summary>
internal static class DetectorTestReport
{
    public static string Describe(DetectionVerdict verdict, string? locale)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var score = verdict.Score.ToString("0.00", CultureInfo.InvariantCulture);
        var lines = new List<string> { (verdict.Remind ? RemindersTexts.TestRemind : RemindersTexts.TestQuiet).Format(locale, score) };
        if (verdict.Person is { } person)
        {
            var pack = person.Pack is { } name ? $" ({DisplayText.Escape(name)})" : "";
            lines.Add(RemindersTexts.TestPerson.Format(locale, $"{DisplayText.Escape(person.Name)} · {person.Kind}{pack}"));
        }

        lines.Add(RemindersTexts.TestLanguage.Format(locale, verdict.Language));
        if (verdict.Reasons.Count == 0)
        {
            lines.Add(RemindersTexts.TestNoReasons.For(locale));
        }
        else
        {
            lines.Add(RemindersTexts.TestReasons.For(locale));
            lines.AddRange(verdict.Reasons.Select(reason => reason.Span.Length == 0
                ? $"• {DisplayText.Escape(reason.Explanation)}"
                : $"• {DisplayText.Escape(reason.Explanation)}: “{DisplayText.Escape(reason.Span)}”"));
        }

        lines.Add($"-# {RemindersTexts.TestNote.For(locale)}");
        return string.Join('\n', lines);
    }
}
