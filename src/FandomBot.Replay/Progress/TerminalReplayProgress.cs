using System.Globalization;
using Spectre.Console;

namespace FandomBot.Replay.Progress;

/// <summary>A live progress bar per export on a terminal (Spectre.Console), with messages read and messages/s.</summary>
internal static class TerminalReplayProgress
{
    /// <summary>Runs <paramref name="replay"/> under the progress display and returns its result.</summary>
    public static T Track<T>(IAnsiConsole console, IReadOnlyList<string> files, Func<IProgress<ReplayProgressReport>, T> replay)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(replay);
        return console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var tasks = files.Select(f => context.AddTask(Describe(f, 0, 0), maxValue: Math.Max(1, SizeOf(f)))).ToArray();
                return replay(new Progress(tasks));
            });
    }

    private static long SizeOf(string file) => File.Exists(file) ? new FileInfo(file).Length : 1;

    private static string Describe(string file, long messages, double perSecond) =>
        Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{TerminalText.Clean(Path.GetFileName(file))}  {messages:N0} messages  {perSecond:N0}/s"));

    /// <summary>Called on the replay's own thread; Spectre renders the tasks from its thread.</summary>
    private sealed class Progress(ProgressTask[] tasks) : IProgress<ReplayProgressReport>
    {
        public void Report(ReplayProgressReport value)
        {
            var task = tasks[value.FileIndex];
            task.Description = Describe(value.FileName, value.FileMessages, value.MessagesPerSecond);
            if (value.FileFinished)
            {
                task.Value = task.MaxValue;
                task.StopTask();
            }
            else
            {
                task.Value = value.BytesRead;
            }
        }
    }
}
