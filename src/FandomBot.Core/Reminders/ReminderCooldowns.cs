namespace FandomBot.Core.Reminders;

/// <summary>
/// Who got a reminder recently, per guild and member, so nobody gets two in a row. Held in memory only (a guild is
/// served by exactly one process) and bounded whatever members do: every cooldown also sits in a queue ordered by
/// when it ends, so expiry only ever looks at cooldowns that have ended (no sweep of the live ones), and past
/// <c>capacity</c> the cooldown closest to its end is let go early.
/// </summary>
public sealed class ReminderCooldowns
{
    /// <summary>Live cooldowns held at most (about 80 bytes each).</summary>
    public const int DefaultCapacity = 250_000;

    private readonly Dictionary<(ulong Guild, ulong Member), long> _untilTicks = [];

    // Every entry of _untilTicks has one queue entry with the same end; an entry forgotten with its guild leaves a
    // stale queue entry behind, which goes when it comes up (the queue is bounded by capacity too).
    private readonly PriorityQueue<(ulong Guild, ulong Member), long> _byEnd = new();
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private readonly int _capacity;
    private long _expiryVisits;
    private long _releasedEarly;

    /// <summary>Creates the table.</summary>
    public ReminderCooldowns(TimeProvider timeProvider, int capacity = DefaultCapacity)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _time = timeProvider;
        _capacity = capacity;
    }

    /// <summary>The number of members currently tracked (for metrics and tests).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _untilTicks.Count;
            }
        }
    }

    /// <summary>Queue entries looked at by expiry so far: what expiring has cost (tests hold it to the ended ones).</summary>
    public long ExpiryVisits => Interlocked.Read(ref _expiryVisits);

    /// <summary>Cooldowns let go before their end because the table was full.</summary>
    public long ReleasedEarly => Interlocked.Read(ref _releasedEarly);

    /// <summary>Whether the member is still cooling down from an earlier reminder.</summary>
    public bool IsCoolingDown(ulong guildId, ulong memberId)
    {
        var now = _time.GetUtcNow().UtcTicks;
        lock (_lock)
        {
            return _untilTicks.TryGetValue((guildId, memberId), out var until) && until > now;
        }
    }

    /// <summary>Starts a cooldown for the member, unless one is running. False when the member is cooling down.</summary>
    public bool TryStart(ulong guildId, ulong memberId, TimeSpan cooldown)
    {
        var now = _time.GetUtcNow().UtcTicks;
        var key = (guildId, memberId);
        lock (_lock)
        {
            ExpireUpTo(now);
            if (_untilTicks.TryGetValue(key, out var until) && until > now)
            {
                return false;
            }

            if (cooldown <= TimeSpan.Zero)
            {
                // Nothing to hold: a zero cooldown never keeps an entry.
                return true;
            }

            while (_byEnd.Count >= _capacity)
            {
                ReleaseSoonest();
            }

            var end = now + cooldown.Ticks;
            _untilTicks[key] = end;
            _byEnd.Enqueue(key, end);
            return true;
        }
    }

    /// <summary>Forgets a guild's cooldowns (the bot left it, or its moderators asked to forget it).</summary>
    public void Forget(ulong guildId)
    {
        lock (_lock)
        {
            // Rare (a guild leaving), so a pass over the table is fine here; the queue's stale entries go as they end.
            foreach (var key in _untilTicks.Keys)
            {
                if (key.Guild == guildId)
                {
                    _untilTicks.Remove(key);
                }
            }
        }
    }

    private void ExpireUpTo(long now)
    {
        while (_byEnd.TryPeek(out var key, out var end) && end <= now)
        {
            _expiryVisits++;
            _byEnd.Dequeue();
            RemoveIfEndsAt(key, end);
        }
    }

    private void ReleaseSoonest()
    {
        _byEnd.TryDequeue(out var key, out var end);
        _expiryVisits++;
        if (_untilTicks.TryGetValue(key, out var current) && current == end)
        {
            _untilTicks.Remove(key);
            _releasedEarly++;
        }
    }

    private void RemoveIfEndsAt((ulong Guild, ulong Member) key, long end)
    {
        // A key forgotten and started again has a newer end: its older queue entry must not remove it.
        if (_untilTicks.TryGetValue(key, out var current) && current == end)
        {
            _untilTicks.Remove(key);
        }
    }
}
