using System.Runtime.ExceptionServices;
using System.Text;

namespace FandomBot.Features.Replay.Reports;

/// <summary>
/// The report a moderator asked for: the only place message text leaves the replay. It is written while the replay
/// runs, so memory does not grow with the number of reminders: each would-be reminder's section goes to a spill file
/// as it is decided (<see cref="Add"/>), and <see cref="Finish"/> writes the report as head (the totals, the chart and
/// the tables) + the spilled sections + tail. The result is the same, byte for byte, as writing it all at the end.
/// </summary>
internal sealed class ReplayReport : IReminderSink, IDisposable
{
    private readonly string _path;
    private readonly ReplayReportFormat _format;
    private readonly ReportSpillFile _spill;
    private ExceptionDispatchInfo? _spillError;

    private ReplayReport(string path, ReplayReportFormat format, ReportSpillFile spill)
    {
        _path = path;
        _format = format;
        _spill = spill;
    }

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

    /// <summary>
    /// Starts a report at <paramref name="path"/> (nothing is written there until <see cref="Finish"/>). Throws
    /// <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when the report's directory cannot be
    /// written, so the moderator hears it before the replay rather than after.
    /// </summary>
    public static ReplayReport Begin(string path, ReplayReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new IOException("it is a directory.");
        }

        return new ReplayReport(path, format, ReportSpillFile.CreateBeside(path));
    }

    /// <summary>Writes the reminder's section to the spill file. A write error is kept for <see cref="Finish"/>: the replay goes on.</summary>
    public void Add(WouldBeReminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        if (_spillError is not null)
        {
            return;
        }

        try
        {
            switch (_format)
            {
                case ReplayReportFormat.Html:
                    HtmlReplayReport.WriteReminder(_spill.Writer, reminder);
                    break;
                case ReplayReportFormat.Markdown:
                    MarkdownReplayReport.WriteReminder(_spill.Writer, reminder);
                    break;
                default:
                    CsvReplayReport.WriteReminder(_spill.Writer, reminder);
                    break;
            }
        }
        catch (IOException e)
        {
            _spillError = ExceptionDispatchInfo.Capture(e);
        }
    }

    /// <summary>Writes the report: head, the reminders in the order they were added, tail.</summary>
    public void Finish(ReplaySummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        _spillError?.Throw();

        // Spreadsheet programs read a CSV as UTF-8 only with the byte order mark; browsers and Markdown tools without.
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: _format == ReplayReportFormat.Csv);
        using var writer = new StreamWriter(_path, append: false, encoding);
        switch (_format)
        {
            case ReplayReportFormat.Html:
                HtmlReplayReport.WriteHead(writer, summary);
                break;
            case ReplayReportFormat.Markdown:
                MarkdownReplayReport.WriteHead(writer, summary);
                break;
            default:
                CsvReplayReport.WriteHead(writer);
                break;
        }

        // The head ends with a line end, so no character is split between it and the sections.
        writer.Flush();
        _spill.CopyTo(writer.BaseStream);
        if (_format == ReplayReportFormat.Html)
        {
            HtmlReplayReport.WriteTail(writer);
        }
    }

    public void Dispose() => _spill.Dispose();
}
