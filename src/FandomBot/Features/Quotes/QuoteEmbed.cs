using FandomBot.Core.Quotes;
using FandomBot.Discord.Models;
using FandomBot.Interactions;

namespace FandomBot.Features.Quotes;

/// <summary>
/// A quote as a Discord embed: the words, the speaker (labelled "(fiction)" for a character), the date, where it
/// was said (linked when the original is known) and the reporting article (linked), and "(wording seen only in
/// reports)" when nobody saw the original. Every text from the collection is shown escaped.
/// </summary>
internal static class QuoteEmbed
{
    /// <summary>A calm purple, the same on every quote.</summary>
    public const int Color = 0x8E6CC9;

    public static Embed Build(Quote quote, string? locale)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var speaker = DisplayText.Escape(quote.Speaker) + (quote.Fiction ? " " + QuoteTexts.Fiction.For(locale) : "");
        var where = quote.OriginalUrl is { } original ? DisplayText.Link(quote.SaidWhere, original) : DisplayText.Escape(quote.SaidWhere);
        var notes = new List<string>();
        if (quote.Fiction)
        {
            notes.Add(QuoteTexts.FictionNote.For(locale));
        }

        if (!quote.Verified)
        {
            notes.Add(QuoteTexts.ReportedOnly.For(locale));
        }

        return new Embed
        {
            Description = Truncate($"“{DisplayText.Escape(quote.Text)}”\n— {speaker}", MessageLimits.EmbedDescription),
            Color = Color,
            Fields =
            [
                new EmbedField { Name = QuoteTexts.Said.For(locale), Value = quote.SaidOn.ToDisplayString(), Inline = true },
                new EmbedField { Name = QuoteTexts.Where.For(locale), Value = Truncate(where, MessageLimits.FieldValue), Inline = true },
                new EmbedField { Name = QuoteTexts.ReportedBy.For(locale), Value = Truncate(Report(quote.ReportedBy), MessageLimits.FieldValue) },
            ],
            Footer = notes.Count == 0 ? null : new EmbedFooter { Text = string.Join(" · ", notes) },
        };
    }

    /// <summary>The reporting article as a link: outlet, and headline when recorded.</summary>
    public static string Report(QuoteReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var label = report.Headline is { } headline ? $"{report.Outlet}: “{headline}”" : report.Outlet;
        return DisplayText.Link(label, report.Url);
    }

    private static string Truncate(string text, int limit) => text.Length <= limit ? text : string.Concat(text.AsSpan(0, limit - 1), "…");
}
