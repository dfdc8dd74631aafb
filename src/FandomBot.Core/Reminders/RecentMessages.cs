namespace FandomBot.Core.Reminders;

/// <summary>
/// A small ring of each channel's latest messages, so the detector can resolve "he", "she", "they" to a person named
/// just before. Memory only, never stored, and bounded whatever members write: at most <see cref="PerChannel"/>
/// messages within <see cref="Window"/> per channel, at most <c>maxChannels</c> channels and <c>maxCharacters</c>
/// characters of text in all (the least recently active channels go first), and a channel quiet for longer than the
/// window goes as soon as the next message arrives anywhere (its context would be empty anyway). Each channel
/// remembers its guild, so a guild's channels can be dropped at once.
/// Why no guild → channels index: with chat spread over more channels than are held, nearly every message starts a
/// ring and pushes one out, and keeping a per-guild set in step cost more than the ring itself; dropping a guild
/// (it left, or was told to forget) is rare, so it walks the held rings instead (20,000 at most). The ring pushed out
/// is reused for the new channel, so a full set of rings allocates nothing per message.
/// </summary>
public sealed class RecentMessages
{
    /// <summary>Messages kept per channel.</summary>
    public const int PerChannel = 10;

    /// <summary>Channels held at most, by default.</summary>
    public const int DefaultMaxChannels = 20_000;

    /// <summary>Characters of text held at most in all channels, by default (about 16 MB as UTF-16).</summary>
    public const long DefaultMaxCharacters = 8_000_000;

    /// <summary>Older messages are not context any more.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private readonly TimeProvider _time;
    private readonly int _maxChannels;
    private readonly long _maxCharacters;
    private readonly Dictionary<ulong, LinkedListNode<ChannelRing>> _channels = [];

    // Most recently written first, so the last node is both the least recently active and the first to fall idle.
    private readonly LinkedList<ChannelRing> _byActivity = new();
    private readonly Lock _lock = new();
    private long _characters;

    /// <summary>Creates the rings.</summary>
    public RecentMessages(TimeProvider timeProvider, int maxChannels = DefaultMaxChannels, long maxCharacters = DefaultMaxCharacters)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChannels, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCharacters, 1);
        _time = timeProvider;
        _maxChannels = maxChannels;
        _maxCharacters = maxCharacters;
    }

    /// <summary>Channels currently held.</summary>
    public int ChannelCount
    {
        get
        {
            lock (_lock)
            {
                return _channels.Count;
            }
        }
    }

    /// <summary>Guilds with at least one channel held.</summary>
    public int GuildCount
    {
        get
        {
            lock (_lock)
            {
                var guilds = new HashSet<ulong>();
                foreach (var ring in _byActivity)
                {
                    guilds.Add(ring.GuildId);
                }

                return guilds.Count;
            }
        }
    }

    /// <summary>Characters of text held in all channels.</summary>
    public long CharacterCount
    {
        get
        {
            lock (_lock)
            {
                return _characters;
            }
        }
    }

    /// <summary>The channel's recent messages, oldest first, within the window. Call before <see cref="Add(ulong, ulong, string)"/>.</summary>
    public IReadOnlyList<string> Snapshot(ulong channelId)
    {
        var cutoff = _time.GetUtcNow() - Window;
        lock (_lock)
        {
            return _channels.TryGetValue(channelId, out var node) ? node.Value.Since(cutoff) : [];
        }
    }

    /// <summary>Remembers a message of a channel outside any guild's index.</summary>
    public void Add(ulong channelId, string text) => Add(0, channelId, text);

    /// <summary>Remembers a message of the guild's channel as context for the next ones.</summary>
    public void Add(ulong guildId, ulong channelId, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            DropIdle(now - Window);
            if (_channels.TryGetValue(channelId, out var node))
            {
                _byActivity.Remove(node);
                _byActivity.AddFirst(node);
            }
            else
            {
                if (_channels.Count >= _maxChannels && _byActivity.Last is { } oldest)
                {
                    Drop(oldest);
                    oldest.Value.Reset(guildId, channelId);
                    node = oldest;
                    _byActivity.AddFirst(node);
                }
                else
                {
                    node = _byActivity.AddFirst(new ChannelRing(guildId, channelId));
                }

                _channels[channelId] = node;
            }

            _characters += text.Length - node.Value.Add(text, now);
            while (_characters > _maxCharacters && _byActivity.Last is { } last && last != node)
            {
                Drop(last);
            }
        }
    }

    /// <summary>Drops a channel's context.</summary>
    public void Forget(ulong channelId)
    {
        lock (_lock)
        {
            if (_channels.TryGetValue(channelId, out var node))
            {
                Drop(node);
            }
        }
    }

    /// <summary>Drops the context of every channel of the guild (it left, or its moderators asked to forget it).</summary>
    public void ForgetGuild(ulong guildId)
    {
        lock (_lock)
        {
            var node = _byActivity.First;
            while (node is not null)
            {
                var next = node.Next;
                if (node.Value.GuildId == guildId)
                {
                    Drop(node);
                }

                node = next;
            }
        }
    }

    private void DropIdle(DateTimeOffset cutoff)
    {
        while (_byActivity.Last is { } last && last.Value.LastAt < cutoff)
        {
            Drop(last);
        }
    }

    private void Drop(LinkedListNode<ChannelRing> node)
    {
        var ring = node.Value;
        _byActivity.Remove(node);
        _channels.Remove(ring.ChannelId);
        _characters -= ring.Characters;
    }

    private sealed class ChannelRing(ulong guildId, ulong channelId)
    {
        private readonly (string Text, DateTimeOffset At)[] _items = new (string, DateTimeOffset)[PerChannel];
        private int _next;
        private int _count;

        public ulong GuildId { get; private set; } = guildId;

        public ulong ChannelId { get; private set; } = channelId;

        public DateTimeOffset LastAt { get; private set; }

        public long Characters { get; private set; }

        /// <summary>Empties the ring for another channel (its texts released, so none outlives its channel).</summary>
        public void Reset(ulong guildId, ulong channelId)
        {
            Array.Clear(_items);
            _next = 0;
            _count = 0;
            Characters = 0;
            LastAt = default;
            GuildId = guildId;
            ChannelId = channelId;
        }

        /// <summary>Adds the text; returns the length of the text it pushed out (0 if none).</summary>
        public int Add(string text, DateTimeOffset at)
        {
            var replaced = _count == PerChannel ? _items[_next].Text.Length : 0;
            _items[_next] = (text, at);
            _next = (_next + 1) % PerChannel;
            _count = Math.Min(_count + 1, PerChannel);
            LastAt = at;
            Characters += text.Length - replaced;
            return replaced;
        }

        public List<string> Since(DateTimeOffset cutoff)
        {
            var result = new List<string>(_count);
            for (var i = 0; i < _count; i++)
            {
                var (text, at) = _items[(_next - _count + i + PerChannel) % PerChannel];
                if (at >= cutoff)
                {
                    result.Add(text);
                }
            }

            return result;
        }
    }
}
