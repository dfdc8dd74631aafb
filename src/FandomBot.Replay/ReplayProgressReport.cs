namespace FandomBot.Replay;

/// <summary>How far the replay is, for the progress bar or the plain progress lines.</summary>
/// <param name="FileIndex">Which export (index into the files given).</param>
/// <param name="FileName">Its path.</param>
/// <param name="BytesRead">How far into it.</param>
/// <param name="Length">Its size, when known.</param>
/// <param name="FileMessages">Messages read from it.</param>
/// <param name="TotalMessages">Messages read from all exports.</param>
/// <param name="Elapsed">Since the replay started.</param>
/// <param name="FileFinished">The export was read to its end (or stopped at an error).</param>
/// <param name="FileStopped">It finished because it could not be read further (the error is reported with the summary).</param>
internal sealed record ReplayProgressReport(
    int FileIndex,
    string FileName,
    long BytesRead,
    long? Length,
    long FileMessages,
    long TotalMessages,
    TimeSpan Elapsed,
    bool FileFinished,
    bool FileStopped = false)
{
    public double MessagesPerSecond => Elapsed > TimeSpan.Zero ? TotalMessages / Elapsed.TotalSeconds : 0;
}
