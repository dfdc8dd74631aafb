using FandomBot.Interactions;
using FandomBot.Core.Quotes;
using FandomBot.Discord.Models;

namespace FandomBot.Features.Reminders;

/// <summary>One sourced quote as an embed: the words, the speaker, the date, where it was said (linked when the
/// original is known) and the article that reported it (linked), so anyone can follow it back to the source.</summary>
internal static class ReminderQuoteEmbed
{
    private const int Color = 0xF4B6C2;
    private const int MaxQuoteLength = 3900;

    public static Embed For(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var text = quote.Text.Length <= MaxQuoteLength ? quote.Text : quote.Text[..MaxQuoteLength] + "…";
        var where = quote.OriginalUrl is { } original
            ? $"[{LinkText(quote.SaidWhere)}]({original})"
            : DisplayText.Escape(quote.SaidWhere);
        var report = $"[{LinkText(quote.ReportedBy.Outlet)}]({quote.ReportedBy.Url})";
        var notes = new List<string>();
        if (quote.Fiction)
        {
            notes.Add("Fiction: a character's line.");
        }

        if (!quote.Verified)
        {
            notes.Add("Wording seen only in reports.");
        }

        return new Embed
        {
            Author = new EmbedAuthor { Name = Truncate(quote.Speaker, 256) },
            Description = $"“{text}”",
            Color = Color,
            Fields =
            [
                new EmbedField { Name = "Said", Value = quote.SaidOn.ToDisplayString(), Inline = true },
                new EmbedField { Name = "Where", Value = Truncate(where, 1024), Inline = true },
                new EmbedField { Name = "Reported by", Value = Truncate(report, 1024), Inline = true },
            ],
            Footer = notes.Count == 0 ? null : new EmbedFooter { Text = string.Join(" ", notes) },
        };
    }

    /// <summary>The quote's sources as plain lines, for the "Why this reminder?" answer.</summary>
    public static string Sources(Quote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var lines = new List<string>
        {
            $"— {DisplayText.Escape(quote.Speaker)}, {quote.SaidOn.ToDisplayString()}, "
                + (quote.OriginalUrl is { } original ? $"[{LinkText(quote.SaidWhere)}](<{original}>)" : DisplayText.Escape(quote.SaidWhere)),
            $"Reported by [{LinkText(quote.ReportedBy.Outlet)}](<{quote.ReportedBy.Url}>)",
        };
        lines.AddRange(quote.AlsoReportedBy.Take(5).Select(r => $"Also in [{LinkText(r.Outlet)}](<{r.Url}>)"));
        return string.Join('\n', lines);
    }

    // Square brackets would end the link text early.
    private static string LinkText(string text) => text.Replace('[', '(').Replace(']', ')');

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
