using System.Collections.Concurrent;

namespace FandomBot.Core.Reminders;

/// <summary>
/// Who got a reminder recently, per guild and member, so nobody gets two in a row. Held in memory only (a guild is
/// served by exactly one process) and bounded: expired entries are swept once the table grows past its capacity.
/// </summary>
public sealed class ReminderCooldowns(TimeProvider timeProvider, int capacity = 100_000)
{
    private readonly ConcurrentDictionary<(ulong Guild, ulong Member), DateTimeOffset> _until = new();
    private readonly TimeProvider _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));

    /// <summary>The number of members currently tracked (for metrics and tests).</summary>
    public int Count => _until.Count;

    /// <summary>Whether the member is still cooling down from an earlier reminder.</summary>
    public bool IsCoolingDown(ulong guildId, ulong memberId) =>
        _until.TryGetValue((guildId, memberId), out var until) && until > _time.GetUtcNow();

    /// <summary>Starts a cooldown for the member, unless one is running. False when the member is cooling down.</summary>
    public bool TryStart(ulong guildId, ulong memberId, TimeSpan cooldown)
    {
        var now = _time.GetUtcNow();
        var key = (guildId, memberId);
        while (true)
        {
            if (_until.TryGetValue(key, out var until))
            {
                if (until > now)
                {
                    return false;
                }

                if (_until.TryUpdate(key, now + cooldown, until))
                {
                    return true;
                }

                continue;
            }

            if (_until.TryAdd(key, now + cooldown))
            {
                if (_until.Count > capacity)
                {
                    Sweep(now);
                }

                return true;
            }
        }
    }

    /// <summary>Forgets a guild's cooldowns (the bot left it, or its moderators asked to forget it).</summary>
    public void Forget(ulong guildId)
    {
        foreach (var key in _until.Keys)
        {
            if (key.Guild == guildId)
            {
                _until.TryRemove(key, out _);
            }
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, until) in _until)
        {
            if (until <= now)
            {
                _until.TryRemove(new KeyValuePair<(ulong, ulong), DateTimeOffset>(key, until));
            }
        }
    }
}
