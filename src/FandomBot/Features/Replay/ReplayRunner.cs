using FandomBot.Features.Replay.Export;

namespace FandomBot.Features.Replay;

/// <summary>
/// Reads the exports side by side and hands their messages to the pipeline in time order (each export is in time
/// order; a merge keeps the whole server's timeline, so a member's cooldown carries from one channel to the next).
/// A file that breaks stops alone: the others are read to their end and the break is reported with the summary.
/// </summary>
internal sealed class ReplayRunner(ReplayPipeline pipeline, TimeProvider timeProvider)
{
    /// <summary>How often, at most, progress is reported.</summary>
    public static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(200);

    private const int ProgressCheckEvery = 4096;

    public ReplaySummary Run(IReadOnlyList<string> files, IProgress<ReplayProgressReport> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(progress);
        var started = timeProvider.GetTimestamp();
        var authors = new ExportAuthorCache();
        var sources = new List<ExportSource>(files.Count);
        var reminders = new List<WouldBeReminder>();
        var queue = new PriorityQueue<ExportSource, (DateTimeOffset, int)>();
        long total = 0;
        var lastReport = started;
        var cancelled = false;
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                var stream = new FileStream(files[i], FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
                var source = new ExportSource(i, new ExportReader(stream, files[i], authors), new ChannelReplay(files[i]));
                sources.Add(source);
                if (source.Advance())
                {
                    queue.Enqueue(source, (source.Next!.Timestamp, i));
                }
                else
                {
                    progress.Report(Report(source, total, started, finished: true));
                }
            }

            while (queue.TryDequeue(out var source, out _))
            {
                var message = source.Next!;
                var channel = source.Reader.Channel!;
                var decision = pipeline.Judge(channel, message);
                source.Replay.Count(decision);
                if (decision.WouldRemind)
                {
                    reminders.Add(new WouldBeReminder(channel, message, decision.Verdict!, pipeline.PersonLabel(decision.Verdict!)));
                }

                total++;
                if (source.Advance())
                {
                    queue.Enqueue(source, (source.Next!.Timestamp, source.Index));
                }
                else
                {
                    progress.Report(Report(source, total, started, finished: true));
                }

                if (total % ProgressCheckEvery == 0)
                {
                    if (cancellationToken.IsCancellationRequested)
                    {
                        cancelled = true;
                        break;
                    }

                    if (timeProvider.GetElapsedTime(lastReport) >= ProgressInterval)
                    {
                        lastReport = timeProvider.GetTimestamp();
                        foreach (var open in sources.Where(s => s.Next is not null))
                        {
                            progress.Report(Report(open, total, started, finished: false));
                        }
                    }
                }
            }
        }
        finally
        {
            foreach (var source in sources)
            {
                source.Dispose();
            }
        }

        return new ReplaySummary(
            [.. sources.Select(s => s.Replay)],
            [.. reminders.OrderBy(r => r.Message.Timestamp)],
            timeProvider.GetElapsedTime(started),
            cancelled);
    }

    private ReplayProgressReport Report(ExportSource source, long total, long started, bool finished) => new(
        source.Index,
        source.Replay.FileName,
        source.Reader.Position,
        source.Reader.Length,
        source.Replay.MessagesRead,
        total,
        timeProvider.GetElapsedTime(started),
        finished);
}
