using System.Runtime.ExceptionServices;

namespace FandomBot.Replay;

/// <summary>
/// The bounded hand-over between the reading thread and the judging thread: at most <c>capacity</c> batches wait, so
/// memory stays flat however large the exports; batches come back through <see cref="Return"/> and are reused.
/// The reader can <see cref="TryAdd"/> without waiting and do useful work (run the detector ahead) while the queue is full.
/// </summary>
internal sealed class PreparedBatchQueue(int capacity, int batchSize)
{
    private readonly Queue<PreparedBatch> _ready = new(capacity);
    private readonly Stack<PreparedBatch> _free = new();
    // A plain object, not a Lock: the waits below need Monitor.Wait and Monitor.PulseAll.
    private readonly object _lock = new();
    private bool _completed;
    private bool _stopped;
    private Exception? _readerFailure;

    /// <summary>The judging side gave up (cancelled or failed): the reader should stop.</summary>
    public bool IsStopped
    {
        get
        {
            lock (_lock)
            {
                return _stopped;
            }
        }
    }

    /// <summary>An empty batch: a returned one when there is one.</summary>
    public PreparedBatch Rent()
    {
        lock (_lock)
        {
            if (_free.TryPop(out var batch))
            {
                return batch;
            }
        }

        return new PreparedBatch(batchSize);
    }

    /// <summary>Hands a batch over when there is room (or when the judging side stopped: the batch is then dropped).</summary>
    public bool TryAdd(PreparedBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        lock (_lock)
        {
            if (_stopped)
            {
                return true;
            }

            if (_ready.Count >= capacity)
            {
                return false;
            }

            _ready.Enqueue(batch);
            Monitor.PulseAll(_lock);
            return true;
        }
    }

    /// <summary>Hands a batch over, waiting for room.</summary>
    public void Add(PreparedBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        lock (_lock)
        {
            while (!_stopped && _ready.Count >= capacity)
            {
                Monitor.Wait(_lock);
            }

            if (!_stopped)
            {
                _ready.Enqueue(batch);
                Monitor.PulseAll(_lock);
            }
        }
    }

    /// <summary>No more batches will come; <paramref name="failure"/> is rethrown on the judging side after the last one.</summary>
    public void Complete(Exception? failure = null)
    {
        lock (_lock)
        {
            _completed = true;
            _readerFailure = failure;
            Monitor.PulseAll(_lock);
        }
    }

    /// <summary>The next batch in order, waiting for it; false once the reader completed and everything was taken.</summary>
    public bool TryTake(out PreparedBatch batch)
    {
        lock (_lock)
        {
            while (_ready.Count == 0 && !_completed)
            {
                Monitor.Wait(_lock);
            }

            if (_ready.TryDequeue(out batch!))
            {
                Monitor.PulseAll(_lock);
                return true;
            }

            if (_readerFailure is { } failure)
            {
                _readerFailure = null;
                ExceptionDispatchInfo.Throw(failure);
            }

            return false;
        }
    }

    /// <summary>A batch the judging side is done with, for reuse.</summary>
    public void Return(PreparedBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        batch.Reset();
        lock (_lock)
        {
            _free.Push(batch);
        }
    }

    /// <summary>The judging side stops early: a waiting reader wakes up and ends.</summary>
    public void Stop()
    {
        lock (_lock)
        {
            _stopped = true;
            _ready.Clear();
            Monitor.PulseAll(_lock);
        }
    }
}
