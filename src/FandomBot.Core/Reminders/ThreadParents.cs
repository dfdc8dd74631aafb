namespace FandomBot.Core.Reminders;

/// <summary>
/// Which channel each thread belongs to, as the gateway told the live bot (threads in GUILD_CREATE, THREAD_CREATE,
/// THREAD_UPDATE, THREAD_LIST_SYNC), so a channel listed for reminders covers its threads. Bounded: past
/// <c>maxThreads</c> the thread learned longest ago is forgotten first (a message there is then judged as in a channel
/// of its own, as before this map existed). A deleted thread and a departed guild's threads go at once.
/// </summary>
public sealed class ThreadParents
{
    /// <summary>Threads held at most, by default (about 5 MB).</summary>
    public const int DefaultMaxThreads = 100_000;

    private readonly int _maxThreads;
    private readonly Dictionary<ulong, (ulong GuildId, ulong ParentId)> _parents = [];
    private readonly Dictionary<ulong, HashSet<ulong>> _threadsByGuild = [];

    // Threads in the order they were learned, for eviction; entries of threads already gone are skipped then.
    private readonly Queue<ulong> _learned = new();
    private readonly Lock _lock = new();

    /// <summary>Creates an empty map.</summary>
    public ThreadParents(int maxThreads = DefaultMaxThreads)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxThreads, 1);
        _maxThreads = maxThreads;
    }

    /// <summary>Threads held.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _parents.Count;
            }
        }
    }

    /// <summary>Guilds with at least one thread held.</summary>
    public int GuildCount
    {
        get
        {
            lock (_lock)
            {
                return _threadsByGuild.Count;
            }
        }
    }

    /// <summary>The thread's parent channel, or null when <paramref name="channelId"/> is no thread the bot knows.</summary>
    public ulong? ParentOf(ulong channelId)
    {
        lock (_lock)
        {
            return _parents.TryGetValue(channelId, out var entry) ? entry.ParentId : null;
        }
    }

    /// <summary>Remembers (or moves) a thread under its parent channel.</summary>
    public void Learn(ulong guildId, ulong threadId, ulong parentId)
    {
        lock (_lock)
        {
            if (_parents.TryGetValue(threadId, out var known))
            {
                if (known.GuildId == guildId)
                {
                    _parents[threadId] = (guildId, parentId);
                    return;
                }

                RemoveHeld(threadId);
            }

            while (_parents.Count >= _maxThreads && _learned.TryDequeue(out var oldest))
            {
                RemoveHeld(oldest);
            }

            _parents[threadId] = (guildId, parentId);
            if (!_threadsByGuild.TryGetValue(guildId, out var threads))
            {
                threads = [];
                _threadsByGuild[guildId] = threads;
            }

            threads.Add(threadId);
            _learned.Enqueue(threadId);
            if (_learned.Count > 2 * _maxThreads)
            {
                // Deleted threads leave their ids behind in the queue; drop those so it stays bounded too.
                var live = _learned.Where(_parents.ContainsKey).Distinct().ToArray();
                _learned.Clear();
                foreach (var id in live)
                {
                    _learned.Enqueue(id);
                }
            }
        }
    }

    /// <summary>Forgets a thread (deleted, or no longer active in a sync).</summary>
    public void Forget(ulong threadId)
    {
        lock (_lock)
        {
            RemoveHeld(threadId);
        }
    }

    /// <summary>Forgets every thread of the guild's channels in <paramref name="parentIds"/> (all of the guild's when null).</summary>
    public void ForgetGuild(ulong guildId, IReadOnlyCollection<ulong>? parentIds = null)
    {
        lock (_lock)
        {
            if (!_threadsByGuild.TryGetValue(guildId, out var threads))
            {
                return;
            }

            foreach (var thread in threads.ToArray())
            {
                if (parentIds is null || parentIds.Contains(_parents[thread].ParentId))
                {
                    RemoveHeld(thread);
                }
            }
        }
    }

    private void RemoveHeld(ulong threadId)
    {
        if (_parents.Remove(threadId, out var entry)
            && _threadsByGuild.TryGetValue(entry.GuildId, out var threads) && threads.Remove(threadId) && threads.Count == 0)
        {
            _threadsByGuild.Remove(entry.GuildId);
        }
    }
}
