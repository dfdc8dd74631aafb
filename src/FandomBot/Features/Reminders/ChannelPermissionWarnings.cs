namespace FandomBot.Features.Reminders;

/// <summary>
/// Remembers when the bot last said it may not post in a channel (Discord's 50013), so a channel that keeps refusing
/// costs one log line an hour instead of one per message. Bounded without sweeps: every warning lasts the same
/// <see cref="Interval"/>, so a first-in first-out queue is already in order of expiry; expiry looks only at the
/// warnings that ended, and past <c>capacity</c> the oldest is let go.
/// </summary>
internal sealed class ChannelPermissionWarnings(TimeProvider timeProvider, int capacity = 10_000)
{
    /// <summary>How long one warning about a channel covers.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private readonly Dictionary<ulong, DateTimeOffset> _lastWarned = [];
    private readonly Queue<(ulong Channel, DateTimeOffset At)> _byAge = new();
    private readonly Lock _lock = new();
    private long _warned;

    /// <summary>Warnings let through so far (for tests and metrics).</summary>
    public long Warned => Interlocked.Read(ref _warned);

    /// <summary>Channels remembered (for tests).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _lastWarned.Count;
            }
        }
    }

    /// <summary>True when this channel's refusal should be logged now (and then not again within the hour).</summary>
    public bool ShouldWarn(ulong channelId)
    {
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            while (_byAge.TryPeek(out var oldest) && (now - oldest.At >= Interval || _byAge.Count >= capacity))
            {
                _byAge.Dequeue();
                if (_lastWarned.TryGetValue(oldest.Channel, out var at) && at == oldest.At)
                {
                    _lastWarned.Remove(oldest.Channel);
                }
            }

            if (_lastWarned.ContainsKey(channelId))
            {
                return false;
            }

            _lastWarned[channelId] = now;
            _byAge.Enqueue((channelId, now));
            Interlocked.Increment(ref _warned);
            return true;
        }
    }
}
