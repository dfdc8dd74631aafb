using System.Runtime.ExceptionServices;
using System.Text;

namespace FandomBot.Replay.Reports;

/// <summary>
/// The report a moderator asked for: the only place message text leaves the replay. It is written while the replay
/// runs, so memory does not grow with the number of reminders: each would-be reminder's section goes to a spill file
/// as it is decided (<see cref="Add"/>), and <see cref="Finish(ReplaySummary)"/> writes the report as head (the totals, the chart and
/// the tables) + the spilled sections + tail. The result is the same, byte for byte, as writing it all at the end.
/// </summary>
internal sealed class ReplayReport : IReminderSink, IDisposable
{
    private readonly string _path;
    private readonly IReportLayout _layout;
    private readonly ReportSpillFile _spill;
    private ExceptionDispatchInfo? _spillError;

    private ReplayReport(string path, ReplayReportFormat format, ReportSpillFile spill)
    {
        _path = path;
        _layout = format switch
        {
            ReplayReportFormat.Html => HtmlReplayReport.Instance,
            ReplayReportFormat.Markdown => MarkdownReplayReport.Instance,
            _ => CsvReplayReport.Instance,
        };
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
    /// Starts a report at <paramref name="path"/> (nothing is written there until <see cref="Finish(ReplaySummary)"/>). Throws
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

    /// <summary>Writes the reminder's section to the spill file. A write error is kept for <see cref="Finish(ReplaySummary)"/>: the replay goes on.</summary>
    public void Add(WouldBeReminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        if (_spillError is not null)
        {
            return;
        }

        try
        {
            _layout.WriteReminder(_spill.Writer, reminder);
        }
        catch (IOException e)
        {
            _spillError = ExceptionDispatchInfo.Capture(e);
        }
    }

    /// <summary>
    /// Writes the report: head, the reminders in the order they were added, tail. It is written to a file of its own
    /// beside the report and renamed over it once complete, so a full disk or a crash leaves the previous report as it
    /// was, never a partial one. The file is readable by its owner only: it holds members' messages.
    /// </summary>
    public void Finish(ReplaySummary summary) => Finish(summary, stream => stream);

    /// <summary>As <see cref="Finish(ReplaySummary)"/>, with the report's file stream seen through <paramref name="wrap"/> (tests fill the disk with it).</summary>
    internal void Finish(ReplaySummary summary, Func<Stream, Stream> wrap)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(wrap);
        _spillError?.Throw();

        var full = Path.GetFullPath(_path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".fandombot-report-{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = new FileStream(temporary, OwnerOnly()))
            using (var writer = new StreamWriter(wrap(file), new UTF8Encoding(encoderShouldEmitUTF8Identifier: _layout.ByteOrderMark)))
            {
                _layout.WriteHead(writer, summary);

                // The head ends with a line end, so no character is split between it and the sections.
                writer.Flush();
                _spill.CopyTo(writer.BaseStream);
                _layout.WriteTail(writer);
                writer.Flush();
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    public void Dispose() => _spill.Dispose();

    private static FileStreamOptions OwnerOnly()
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return options;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done: the error that brought us here is the one the moderator hears.
        }
    }
}
