namespace FandomBot.Replay;

/// <summary>A run of consecutive messages (in the order they are judged) passed from the reading thread to the judging one.</summary>
internal sealed class PreparedBatch
{
    private readonly PreparedMessage[] _slots;

    public PreparedBatch(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _slots = new PreparedMessage[capacity];
        for (var i = 0; i < capacity; i++)
        {
            _slots[i] = new PreparedMessage();
        }
    }

    public int Count { get; private set; }

    public bool IsFull => Count == _slots.Length;

    public PreparedMessage this[int index] => index < Count ? _slots[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The next free slot (empty: slots are cleared when the batch is reset).</summary>
    public PreparedMessage Add()
    {
        return _slots[Count++];
    }

    /// <summary>
    /// Empties the batch for reuse. The slots let go of their messages now, not when handed out again: a batch waiting
    /// in the pool would otherwise keep a thousand messages alive for the garbage collector to copy.
    /// </summary>
    public void Reset()
    {
        for (var i = 0; i < Count; i++)
        {
            _slots[i].Clear();
        }

        Count = 0;
    }
}
