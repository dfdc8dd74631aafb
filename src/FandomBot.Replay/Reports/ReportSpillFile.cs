using System.Text;

namespace FandomBot.Replay.Reports;

/// <summary>
/// Where a report's reminders wait while the replay runs: the report's head needs the totals, so the reminders'
/// sections are written here as they are decided and copied into the report at the end. The file holds message text,
/// so it sits in the report's own directory (the text goes only where the moderator asked), is readable by its owner
/// only, and never outlives the run: on Unix it is unlinked as soon as it is open (a crash leaves nothing), elsewhere
/// the system deletes it when it is closed.
/// </summary>
internal sealed class ReportSpillFile : IDisposable
{
    private const int WriterBufferChars = 16 * 1024;
    private const int CopyBufferBytes = 80 * 1024;

    private readonly FileStream _stream;
    private readonly StreamWriter _writer;

    private ReportSpillFile(FileStream stream)
    {
        _stream = stream;
        _writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), WriterBufferChars, leaveOpen: true);
    }

    /// <summary>The sections are written here, UTF-8 without a byte order mark.</summary>
    public TextWriter Writer => _writer;

    /// <summary>Creates the spill file in the directory of <paramref name="reportPath"/>; fails as the report would if that directory cannot be written.</summary>
    public static ReportSpillFile CreateBeside(string reportPath)
    {
        ArgumentNullException.ThrowIfNull(reportPath);
        var directory = Path.GetDirectoryName(Path.GetFullPath(reportPath))!;
        // A name of its own length, not the report's: a report name near the system's limit must not fail here.
        var path = Path.Combine(directory, $".fandombot-replay-{Guid.NewGuid():N}.spill");
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None,

            // The writer buffers; a second buffer in the stream would only copy the bytes once more.
            BufferSize = 0,

            // Also on Unix, in case the unlink below fails: then the file goes when the handle is closed.
            Options = FileOptions.DeleteOnClose,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var stream = new FileStream(path, options);
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                File.Delete(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Kept open, the file is still deleted on close: only a crash before then would leave it.
            }
        }

        return new ReportSpillFile(stream);
    }

    /// <summary>Appends everything written so far to <paramref name="destination"/>.</summary>
    public void CopyTo(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        _writer.Flush();
        _stream.Position = 0;
        _stream.CopyTo(destination, CopyBufferBytes);
    }

    public void Dispose()
    {
        try
        {
            _writer.Dispose();
        }
        catch (IOException)
        {
            // Text that could not be flushed into a file about to vanish is no loss; the error was reported when it happened.
        }
        finally
        {
            _stream.Dispose();
        }
    }
}
