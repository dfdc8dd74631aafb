using System.Globalization;

namespace FandomBot.Replay.Progress;

/// <summary>
/// Progress for redirected output (a log file, CI, a pipe): one line per finished export and, for long runs, a line
/// at most every <see cref="Interval"/>. No colours, no cursor movement, no message text.
/// </summary>
internal sealed class PlainReplayProgress(TextWriter output, TimeProvider timeProvider) : IProgress<ReplayProgressReport>
{
    /// <summary>How often a running line is written.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private long _lastLine = timeProvider.GetTimestamp();

    public void Report(ReplayProgressReport value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var name = TerminalText.Clean(Path.GetFileName(value.FileName));
        if (value.FileStopped)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"replay: {name}: stopped, it could not be read (see the error below), {value.FileMessages:N0} messages ({value.TotalMessages:N0} in all)"));
            return;
        }

        if (value.FileFinished)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"replay: {name}: read to the end, {value.FileMessages:N0} messages ({value.TotalMessages:N0} in all, {value.MessagesPerSecond:N0} messages/s)"));
            return;
        }

        if (timeProvider.GetElapsedTime(_lastLine) < Interval)
        {
            return;
        }

        _lastLine = timeProvider.GetTimestamp();
        var percent = value.Length is > 0 and var length ? string.Create(CultureInfo.InvariantCulture, $" {100.0 * value.BytesRead / length:F0}%,") : string.Empty;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"replay: {name}:{percent} {value.FileMessages:N0} messages ({value.TotalMessages:N0} in all, {value.MessagesPerSecond:N0} messages/s)"));
    }
}
