using System.Globalization;

namespace FandomBot.Replay.Export;

/// <summary>
/// An export cannot be read past some point: truncated, not JSON, or not the exporter's shape. The message names the
/// file and the byte offset, so a moderator can see how far the file is good.
/// </summary>
public sealed class ExportReadException : Exception
{
    public ExportReadException()
    {
        FileName = string.Empty;
        Problem = string.Empty;
    }

    public ExportReadException(string message)
        : base(message)
    {
        FileName = string.Empty;
        Problem = message;
    }

    public ExportReadException(string message, Exception innerException)
        : base(message, innerException)
    {
        FileName = string.Empty;
        Problem = message;
    }

    public ExportReadException(string fileName, long byteOffset, string problem, Exception? innerException = null)
        : base(string.Create(CultureInfo.InvariantCulture, $"{fileName}: at byte {byteOffset:N0}: {problem}"), innerException)
    {
        FileName = fileName;
        ByteOffset = byteOffset;
        Problem = problem;
    }

    private ExportReadException(string fileName, string problem, Exception innerException, bool unopened)
        : base($"{fileName}: {problem}", innerException)
    {
        FileName = fileName;
        Problem = problem;
        Unopened = unopened;
    }

    /// <summary>The export's path as given.</summary>
    public string FileName { get; }

    /// <summary>Whether the file could not be opened or read at all (no byte offset applies).</summary>
    public bool Unopened { get; }

    /// <summary>How far into the file (0-based) the problem is.</summary>
    public long ByteOffset { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    /// <summary>
    /// The file could not be opened, or the system failed to read it (permissions, a directory, an I/O error): one line
    /// naming the file and why, in words, as the moderator can act on it.
    /// </summary>
    public static ExportReadException CannotRead(string fileName, Exception cause)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(cause);
        var why = cause switch
        {
            UnauthorizedAccessException when Directory.Exists(fileName) => "it is a directory",
            UnauthorizedAccessException => "permission denied",
            FileNotFoundException or DirectoryNotFoundException => "no such file",
            _ => cause.Message.TrimEnd('.'),
        };
        return new ExportReadException(fileName, $"cannot be read ({why})", cause, unopened: true);
    }
}
