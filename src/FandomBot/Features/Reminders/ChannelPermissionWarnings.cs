using System.Collections.Concurrent;

namespace FandomBot.Features.Reminders;

/// <summary>
/// Remembers when the bot last said it may not post in a channel (Discord's 50013), so a channel that keeps refusing
/// costs one log line an hour instead of one per message. Bounded: old entries are swept past <c>capacity</c>.
/// </summary>
internal sealed class ChannelPermissionWarnings(TimeProvider timeProvider, int capacity = 10_000)
{
    /// <summary>How long one warning about a channel covers.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<ulong, DateTimeOffset> _lastWarned = new();
    private long _warned;

    /// <summary>Warnings let through so far (for tests and metrics).</summary>
    public long Warned => Interlocked.Read(ref _warned);

    /// <summary>True when this channel's refusal should be logged now (and then not again within the hour).</summary>
    public bool ShouldWarn(ulong channelId)
    {
        var now = timeProvider.GetUtcNow();
        while (true)
        {
            if (_lastWarned.TryGetValue(channelId, out var last))
            {
                if (now - last < Interval || !_lastWarned.TryUpdate(channelId, now, last))
                {
                    return false;
                }
            }
            else if (!_lastWarned.TryAdd(channelId, now))
            {
                continue;
            }

            if (_lastWarned.Count > capacity)
            {
                Sweep(now);
            }

            Interlocked.Increment(ref _warned);
            return true;
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (channel, last) in _lastWarned)
        {
            if (now - last >= Interval)
            {
                _lastWarned.TryRemove(new KeyValuePair<ulong, DateTimeOffset>(channel, last));
            }
        }
    }
}
