using System.Numerics;

namespace FandomBot.Replay;

/// <summary>
/// Who wrote the recent messages, so a reply's target can be passed to the detector as the live bot passes the
/// replied-to member (a lone "he" in a reply means them). Bounded: the oldest of the last <c>capacity</c> messages
/// is forgotten first, and replies to older messages go without.
/// Looked up and updated for every message, so it is a flat open-addressing table (one probe usually lands in one
/// cache line) rather than a Dictionary, whose two arrays cost two cache misses per step on a table this size.
/// </summary>
internal sealed class ReplyAuthors
{
    private readonly int _capacity;
    private readonly Entry[] _table;
    private readonly int _shift;
    private readonly ulong[] _order;
    private int _next;
    private int _count;

    public ReplyAuthors(int capacity = 65_536)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)capacity * 2);
        _table = new Entry[size];
        _shift = 64 - BitOperations.Log2((uint)size);
        _order = new ulong[capacity];
    }

    public void Remember(ulong messageId, ulong authorId)
    {
        if (_count == _capacity)
        {
            Remove(_order[_next]);
        }

        if (TryAdd(messageId, authorId))
        {
            _order[_next] = messageId;
            _next = (_next + 1) % _capacity;
        }
    }

    public ulong? AuthorOf(ulong messageId)
    {
        var mask = _table.Length - 1;
        for (var i = Home(messageId); _table[i].Used; i = (i + 1) & mask)
        {
            if (_table[i].MessageId == messageId)
            {
                return _table[i].AuthorId;
            }
        }

        return null;
    }

    private int Home(ulong messageId) => (int)((messageId * 0x9E3779B97F4A7C15UL) >> _shift);

    private bool TryAdd(ulong messageId, ulong authorId)
    {
        var mask = _table.Length - 1;
        var i = Home(messageId);
        for (; _table[i].Used; i = (i + 1) & mask)
        {
            if (_table[i].MessageId == messageId)
            {
                return false;
            }
        }

        _table[i] = new Entry(messageId, authorId, true);
        _count++;
        return true;
    }

    /// <summary>Removes by shifting later entries of the probe run back, so lookups never need tombstones.</summary>
    private void Remove(ulong messageId)
    {
        var mask = _table.Length - 1;
        var hole = Home(messageId);
        while (true)
        {
            if (!_table[hole].Used)
            {
                return;
            }

            if (_table[hole].MessageId == messageId)
            {
                break;
            }

            hole = (hole + 1) & mask;
        }

        _count--;
        var next = hole;
        while (true)
        {
            next = (next + 1) & mask;
            if (!_table[next].Used)
            {
                break;
            }

            // An entry may fill the hole only if its home is not between the hole and itself (cyclically).
            var home = Home(_table[next].MessageId);
            var stays = hole <= next ? hole < home && home <= next : hole < home || home <= next;
            if (!stays)
            {
                _table[hole] = _table[next];
                hole = next;
            }
        }

        _table[hole] = default;
    }

    private readonly record struct Entry(ulong MessageId, ulong AuthorId, bool Used);
}
