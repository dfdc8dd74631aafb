namespace FandomBot.Replay;

/// <summary>
/// The reading thread of a replay: merges the exports in time order, parses and prepares each message
/// (<see cref="ReplayPipeline.Prepare"/>) and hands them over in batches through a bounded queue. When the judging
/// thread falls behind and the queue is full, the reader does not sit idle: it runs the detector on the batch it holds,
/// from its end (the messages the judge will reach last), until there is room. So on two cores both share the
/// detector's work, and the judge still decides every message in order, alone.
/// </summary>
internal sealed class ReplayReadAhead
{
    /// <summary>Messages per batch: large enough that handing over costs nothing, small enough to stay in cache.</summary>
    public const int BatchSize = 256;

    /// <summary>Batches waiting at most: bounds the memory (each holds its messages' text) and the judge's lag.</summary>
    public const int QueueCapacity = 4;

    private readonly ReplayPipeline _pipeline;
    private readonly PriorityQueue<ExportSource, (DateTimeOffset, int)> _order;
    private readonly Thread _thread;
    private long _verdictsAhead;

    /// <param name="pipeline">The pipeline whose reading half runs here.</param>
    /// <param name="order">The exports with a next message, by its time (then by file): the reader owns it from now on.</param>
    public ReplayReadAhead(ReplayPipeline pipeline, PriorityQueue<ExportSource, (DateTimeOffset, int)> order)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(order);
        _pipeline = pipeline;
        _order = order;
        _thread = new Thread(Read) { IsBackground = true, Name = "replay reader" };
    }

    public PreparedBatchQueue Queue { get; } = new(QueueCapacity, BatchSize);

    /// <summary>How many verdicts the reader ran itself so far (read from any thread).</summary>
    public long VerdictsAhead => Volatile.Read(ref _verdictsAhead);

    public void Start() => _thread.Start();

    /// <summary>Stops the reader early (cancelled, or the judge failed) and waits for it to end.</summary>
    public void StopAndWait()
    {
        Queue.Stop();
        _thread.Join();
    }

    /// <summary>Waits for the reader to end after the judge took everything.</summary>
    public void Wait() => _thread.Join();

    /// <summary>
    /// Fills <paramref name="batch"/> with the next messages in time order, prepared; false when none were left.
    /// The reader thread calls it; so does the judging thread itself when the replay runs on one thread.
    /// </summary>
    public bool Fill(PreparedBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        while (!batch.IsFull && _order.TryDequeue(out var source, out _))
        {
            var slot = batch.Add();
            slot.SourceIndex = source.Index;
            _pipeline.Prepare(source.Reader.Channel!, source.Next!, slot);
            if (source.Advance())
            {
                _order.Enqueue(source, (source.Next!.Timestamp, source.Index));
            }
            else
            {
                slot.EndsSource = true;
            }

            slot.Position = source.Reader.Position;
        }

        return batch.Count > 0;
    }

    private void Read()
    {
        try
        {
            var batch = Queue.Rent();
            while (Fill(batch))
            {
                if (!Hand(batch))
                {
                    return;
                }

                batch = Queue.Rent();
            }

            Queue.Complete();
        }
#pragma warning disable CA1031 // Any failure of the reader is the replay's failure: the judging thread rethrows it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Queue.Complete(ex);
        }
    }

    /// <summary>Hands a batch over, running the detector on it from its end while the queue is full. False when stopped.</summary>
    private bool Hand(PreparedBatch batch)
    {
        if (Queue.TryAdd(batch))
        {
            return !Queue.IsStopped;
        }

        for (var i = batch.Count - 1; i >= 0; i--)
        {
            var slot = batch[i];
            if (slot.NeedsVerdict)
            {
                _pipeline.Evaluate(slot);
                Volatile.Write(ref _verdictsAhead, _verdictsAhead + 1);
                if (Queue.TryAdd(batch))
                {
                    return !Queue.IsStopped;
                }
            }
        }

        Queue.Add(batch);
        return !Queue.IsStopped;
    }
}
