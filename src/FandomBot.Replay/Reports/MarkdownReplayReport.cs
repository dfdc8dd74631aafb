using System.Globalization;
using System.Text;

namespace FandomBot.Replay.Reports;

/// <summary>
/// A Markdown report (for a wiki, a gist or a moderators' channel): counts, then one section per would-be reminder
/// with the text quoted. Message text is escaped so it cannot add headings, links, images or HTML.
/// </summary>
internal sealed class MarkdownReplayReport : IReportLayout
{
    public static readonly MarkdownReplayReport Instance = new();

    public bool ByteOrderMark => false;

    /// <summary>Everything before the reminders: the counts, which need the totals.</summary>
    public void WriteHead(TextWriter writer, ReplaySummary summary)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(summary);
        var inv = CultureInfo.InvariantCulture;
        writer.WriteLine("# FandomBot replay: would-be reminders");
        writer.WriteLine();
        writer.WriteLine(string.Create(inv, $"{summary.MessagesRead:N0} messages read, {summary.ReminderCount:N0} would-be reminders."));
        writer.WriteLine();
        writer.WriteLine("| Channel | Messages | Reminders |");
        writer.WriteLine("|---|---:|---:|");
        foreach (var channel in summary.Channels)
        {
            writer.WriteLine(string.Create(inv, $"| {Escape(channel.Label)} | {channel.MessagesRead:N0} | {channel.Reminders:N0} |"));
        }

        WriteCounts(writer, "By person", summary.ByPerson.Select(p => (p.Person, p.Count)));
        WriteCounts(writer, "By day (UTC)", summary.ByDay.Select(p => (p.Day.ToString("yyyy-MM-dd", inv), p.Count)));
        writer.WriteLine();
        writer.WriteLine("## Reminders");
    }

    /// <summary>One would-be reminder's section, its text quoted line by line.</summary>
    public void WriteReminder(TextWriter writer, WouldBeReminder r)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(r);
        var inv = CultureInfo.InvariantCulture;
        writer.WriteLine();
        writer.WriteLine(string.Create(
            inv,
            $"### {r.Message.Timestamp.UtcDateTime:yyyy-MM-dd HH:mm} UTC · {Escape(r.ChannelLabel)} · {Escape(r.Message.Author.DisplayName)}"));
        writer.WriteLine();
        foreach (var line in r.Message.Content.ReplaceLineEndings("\n").Split('\n'))
        {
            writer.WriteLine($"> {Escape(line)}");
        }

        writer.WriteLine();
        if (r.Message.EditedAt is not null)
        {
            writer.WriteLine("- Edited: the text above is the edited text");
        }

        writer.WriteLine(string.Create(inv, $"- Score {r.Verdict.Score:0.00}, about {Escape(r.PersonLabel)}{(r.Verdict.Pack is { } pack ? $" ({Escape(pack)})" : string.Empty)}"));
        foreach (var reason in r.Verdict.Reasons)
        {
            writer.WriteLine($"- Why: {Escape(reason.WithSpan)}");
        }

        writer.WriteLine($"- <{r.Link}>");
    }

    /// <summary>Nothing follows the last section.</summary>
    public void WriteTail(TextWriter writer)
    {
    }

    /// <summary>
    /// Text from the export as literal text on one line of Markdown. Markdown punctuation is backslash-escaped, so no
    /// line can start a heading (<c>#</c>, a <c>===</c> or <c>---</c> underline), a list (<c>-</c> <c>*</c> <c>+</c>,
    /// <c>1.</c>), a code fence, a table or emphasis; HTML's three characters are encoded (no tag, no quote marker, no
    /// <c>&lt;https://…&gt;</c> autolink); a line's leading spaces are encoded (no indented code block); line breaks
    /// become spaces. Bare addresses are broken for the renderers that link them (GitHub's and markdown-it's
    /// linkify): <c>https\://</c>, <c>www\.</c> and <c>name\@host</c>, so opening the report fetches and tracks nothing.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        var atLineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (atLineStart && c is ' ' or '\t')
            {
                builder.Append(c == ' ' ? "&#32;" : "&#9;");
                continue;
            }

            atLineStart = false;
            switch (c)
            {
                case '\r' or '\n':
                    builder.Append(' ');
                    break;
                case ':' when text.AsSpan(i + 1).StartsWith("//", StringComparison.Ordinal):
                    builder.Append("\\:");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '&':
                    builder.Append("&amp;");
                    break;
                case '\\' or '`' or '*' or '_' or '{' or '}' or '[' or ']' or '(' or ')' or '#' or '+' or '-' or '.' or '!' or '|' or '~' or '=' or '@':
                    builder.Append('\\').Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    private static void WriteCounts(TextWriter writer, string title, IEnumerable<(string Key, int Count)> counts)
    {
        var list = counts.ToList();
        if (list.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine($"## {title}");
        writer.WriteLine();
        foreach (var (key, count) in list)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- {Escape(key)}: {count:N0}"));
        }
    }
}
