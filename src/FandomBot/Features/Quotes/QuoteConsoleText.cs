using FandomBot.Core.Quotes;

namespace FandomBot.Features.Quotes;

/// <summary>
/// A quote as plain text for the terminal (<c>fandombot quote</c>): the words, then who, when and where, every link,
/// and the labels a reader must not miss ("(fiction)", "(wording seen only in reports)").
/// </summary>
internal static class QuoteConsoleText
{
    public const string FictionLabel = "(fiction)";
    public const string ReportedOnlyLabel = "(wording seen only in reports)";

    public static void Write(TextWriter writer, Quote quote)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(quote);

        writer.WriteLine($"“{quote.Text}”");
        writer.WriteLine(quote.Fiction ? $"  — {quote.Speaker} {FictionLabel}" : $"  — {quote.Speaker}");
        writer.WriteLine($"  Said: {quote.SaidOn.ToDisplayString()}, {quote.SaidWhere}");
        if (quote.SaidOnNote is { } dateNote)
        {
            writer.WriteLine($"  Date: {dateNote}");
        }

        writer.WriteLine(quote.OriginalUrl is { } original ? $"  Original: {original.OriginalString}" : "  Original: link not known");
        writer.WriteLine($"  Reported by: {Describe(quote.ReportedBy)}");
        foreach (var report in quote.AlsoReportedBy)
        {
            writer.WriteLine($"  Also reported by: {Describe(report)}");
        }

        if (quote.Censored is { } censored)
        {
            writer.WriteLine($"  Censored: {censored}");
        }

        if (quote.Note is { } note)
        {
            writer.WriteLine($"  Note: {note}");
        }

        if (quote.Fiction)
        {
            writer.WriteLine($"  {FictionLabel} a fictional character's line, not a statement by a real person");
        }

        if (!quote.Verified)
        {
            writer.WriteLine($"  {ReportedOnlyLabel}");
        }

        writer.WriteLine($"  Topics: {string.Join(", ", quote.Topics)} · id: {quote.Id}");
    }

    private static string Describe(QuoteReport report) =>
        report.Headline is { } headline
            ? $"{report.Outlet}, “{headline}” {report.Url.OriginalString}"
            : $"{report.Outlet} (headline not recorded) {report.Url.OriginalString}";
}
