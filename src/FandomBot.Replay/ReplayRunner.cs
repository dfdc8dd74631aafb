using FandomBot.Replay.Export;

namespace FandomBot.Replay;

/// <summary>
/// Reads the exports side by side and hands their messages to the pipeline in time order (each export is in time
/// order; a merge keeps the whole server's timeline, so a member's cooldown carries from one channel to the next).
/// A file that breaks stops alone: the others are read to their end and the break is reported with the summary.
/// With more than one core, reading runs on a thread of its own (<see cref="ReplayReadAhead"/>), which also runs the
/// detector ahead when it can; this thread decides every message in order, so the decisions are those of a
/// single-threaded replay. With one core this thread does both.
/// </summary>
internal sealed class ReplayRunner(ReplayPipeline pipeline, TimeProvider timeProvider, bool readOnOwnThread)
{
    public ReplayRunner(ReplayPipeline pipeline, TimeProvider timeProvider)
        : this(pipeline, timeProvider, Environment.ProcessorCount > 1)
    {
    }

    /// <summary>How often, at most, progress is reported.</summary>
    public static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(200);

    private const int ProgressCheckEvery = 4096;

    /// <summary>Replays the exports; the would-be reminders are only counted (for the summary).</summary>
    public ReplaySummary Run(IReadOnlyList<string> files, IProgress<ReplayProgressReport> progress, CancellationToken cancellationToken) =>
        Run(files, progress, null, cancellationToken);

    /// <summary>
    /// Replays the exports and hands each would-be reminder to <paramref name="reminders"/> as it is decided, in time
    /// order, on this thread; the summary only counts them, so memory does not grow with their number.
    /// </summary>
    public ReplaySummary Run(IReadOnlyList<string> files, IProgress<ReplayProgressReport> progress, IReminderSink? reminders, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(progress);
        var started = timeProvider.GetTimestamp();
        var authors = new ExportAuthorCache();
        var sources = new List<ExportSource>(files.Count);
        var tally = new ReminderTally();
        var order = new PriorityQueue<ExportSource, (DateTimeOffset, int)>();

        // What this thread knows of each export: how far the reader got with the messages judged so far.
        var positions = new long[files.Count];
        var open = new bool[files.Count];
        long total = 0;
        var lastReport = started;
        var cancelled = false;
        ReplayReadAhead? readerThread = null;

        // Decides a batch's messages in order; false when the replay was cancelled part-way.
        bool Judge(PreparedBatch batch)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                var slot = batch[i];
                var source = sources[slot.SourceIndex];
                var decision = pipeline.Decide(slot);
                source.Replay.Count(decision);
                if (decision.WouldRemind)
                {
                    var reminder = new WouldBeReminder(slot.Channel!, slot.Message!, decision.Verdict!, pipeline.PersonLabel(decision.Verdict!));
                    tally.Add(reminder);
                    reminders?.Add(reminder);
                }

                total++;
                positions[slot.SourceIndex] = slot.Position;
                if (slot.EndsSource)
                {
                    open[slot.SourceIndex] = false;
                    progress.Report(Report(source, slot.Position, total, started, finished: true));
                }

                if (total % ProgressCheckEvery == 0)
                {
                    if (cancellationToken.IsCancellationRequested)
                    {
                        return false;
                    }

                    if (timeProvider.GetElapsedTime(lastReport) >= ProgressInterval)
                    {
                        lastReport = timeProvider.GetTimestamp();
                        for (var s = 0; s < sources.Count; s++)
                        {
                            if (open[s])
                            {
                                progress.Report(Report(sources[s], positions[s], total, started, finished: false));
                            }
                        }
                    }
                }
            }

            return true;
        }

        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                var (stream, openError) = Open(files[i]);
                var source = new ExportSource(i, new ExportReader(stream, files[i], authors), new ChannelReplay(files[i]));
                sources.Add(source);
                if (openError is not null)
                {
                    // One export that cannot be opened stops alone, as one that breaks part-way does.
                    source.Unreadable(openError);
                    progress.Report(Report(source, 0, total, started, finished: true));
                }
                else if (source.Advance())
                {
                    order.Enqueue(source, (source.Next!.Timestamp, i));
                    open[i] = true;
                }
                else
                {
                    progress.Report(Report(source, source.Reader.Position, total, started, finished: true));
                }
            }

            var reader = new ReplayReadAhead(pipeline, order);
            if (readOnOwnThread)
            {
                readerThread = reader;
                reader.Start();
                while (!cancelled && reader.Queue.TryTake(out var batch))
                {
                    cancelled = !Judge(batch);
                    reader.Queue.Return(batch);
                }

                if (cancelled)
                {
                    reader.StopAndWait();
                }
                else
                {
                    reader.Wait();
                }
            }
            else
            {
                var batch = new PreparedBatch(ReplayReadAhead.BatchSize);
                while (!cancelled && reader.Fill(batch))
                {
                    cancelled = !Judge(batch);
                    batch.Reset();
                }
            }
        }
        catch
        {
            readerThread?.StopAndWait();
            throw;
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
            tally,
            timeProvider.GetElapsedTime(started),
            cancelled);
    }

    private static (Stream Stream, ExportReadException? Error) Open(string file)
    {
        try
        {
            return (new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (Stream.Null, ExportReadException.CannotRead(file, e));
        }
    }

    private ReplayProgressReport Report(ExportSource source, long position, long total, long started, bool finished) => new(
        source.Index,
        source.Replay.FileName,
        position,
        source.Reader.Length,
        source.Replay.MessagesRead,
        total,
        timeProvider.GetElapsedTime(started),
        finished,
        finished && source.Replay.Error is not null);
}
