using System.Globalization;

namespace FandomBot.Replay.Reports;

/// <summary>
/// One row per would-be reminder (RFC 4180: fields quoted, quotes doubled). A cell that a spreadsheet would run as a
/// formula (starting with = + - @, after any spaces, or their full-width forms) gets a leading apostrophe: message
/// text is untrusted.
/// </summary>
internal sealed class CsvReplayReport : IReportLayout
{
    public static readonly CsvReplayReport Instance = new();

    public static readonly string[] Columns =
        ["time_utc", "server", "channel", "author", "author_id", "text", "edited", "score", "about", "pack", "language", "reasons", "link"];

    public bool ByteOrderMark => true;

    /// <summary>The header row.</summary>
    public void WriteHead(TextWriter writer, ReplaySummary summary)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Join(',', Columns));
        writer.Write("\r\n");
    }

    /// <summary>One would-be reminder's row.</summary>
    public void WriteReminder(TextWriter writer, WouldBeReminder r)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(r);
        var inv = CultureInfo.InvariantCulture;
        string[] cells =
        [
            r.Message.Timestamp.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", inv),
            r.Channel.GuildName,
            r.ChannelLabel,
            r.Message.Author.DisplayName,
            r.Message.Author.Id.ToString(inv),
            r.Message.Content,
            r.Message.EditedAt is { } edited ? edited.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", inv) : string.Empty,
            r.Verdict.Score.ToString("0.00", inv),
            r.Verdict.Person ?? string.Empty,
            r.Verdict.Pack ?? string.Empty,
            r.Verdict.Language,
            string.Join("; ", r.Verdict.Reasons.Select(x => x.WithSpan)),
            r.Link,
        ];
        writer.Write(string.Join(',', cells.Select(Cell)));
        writer.Write("\r\n");
    }

    /// <summary>Nothing follows the rows.</summary>
    public void WriteTail(TextWriter writer)
    {
    }

    public static string Cell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (RunsAsFormula(value))
        {
            value = "'" + value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>
    /// Whether a spreadsheet could take the cell for a formula: it starts with a tab or a line end, or its first
    /// character after any spaces is = + - @, or their full-width forms (some spreadsheets read those as the ASCII ones).
    /// </summary>
    private static bool RunsAsFormula(string value)
    {
        if (value.Length > 0 && value[0] is '\t' or '\r' or '\n')
        {
            return true;
        }

        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            return c is '=' or '+' or '-' or '@' or '\uff1d' or '\uff0b' or '\uff0d' or '\uff20';
        }

        return false;
    }
}
