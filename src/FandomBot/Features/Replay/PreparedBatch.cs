namespace FandomBot.Features.Replay;

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

    /// <summary>The next free slot, cleared.</summary>
    public PreparedMessage Add()
    {
        var slot = _slots[Count++];
        slot.Clear();
        return slot;
    }

    /// <summary>Empties the batch for reuse (the slots are cleared as they are handed out again).</summary>
    public void Reset() => Count = 0;
}
