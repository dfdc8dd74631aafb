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

    /// <summary>The export's path as given.</summary>
    public string FileName { get; }

    /// <summary>How far into the file (0-based) the problem is.</summary>
    public long ByteOffset { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }
}
