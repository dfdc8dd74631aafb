using System.Text;

namespace FandomBot.Features.Replay.Reports;

/// <summary>Writes the report a moderator asked for: the only place message text leaves the replay.</summary>
internal static class ReplayReport
{
    /// <summary>The format for a report path (<c>.html</c>/<c>.htm</c>, <c>.md</c>, <c>.csv</c>), or null for any other.</summary>
    public static ReplayReportFormat? FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".HTML" or ".HTM" => ReplayReportFormat.Html,
            ".MD" or ".MARKDOWN" => ReplayReportFormat.Markdown,
            ".CSV" => ReplayReportFormat.Csv,
            _ => null,
        };
    }

    public static void Write(string path, ReplayReportFormat format, ReplaySummary summary)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(summary);

        // Spreadsheet programs read a CSV as UTF-8 only with the byte order mark; browsers and Markdown tools without.
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: format == ReplayReportFormat.Csv);
        using var writer = new StreamWriter(path, append: false, encoding);
        switch (format)
        {
            case ReplayReportFormat.Html:
                HtmlReplayReport.Write(writer, summary);
                break;
            case ReplayReportFormat.Markdown:
                MarkdownReplayReport.Write(writer, summary);
                break;
            default:
                CsvReplayReport.Write(writer, summary);
                break;
        }
    }
}
