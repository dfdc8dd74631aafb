namespace FandomBot.Core.Reminders;

/// <summary>
/// A small ring of each channel's latest messages, so the detector can resolve "he", "she", "they" to a person named
/// just before. Memory only, never stored: at most <see cref="PerChannel"/> messages within <see cref="Window"/> per
/// channel, and at most <c>maxChannels</c> channels (the least recently active are dropped first).
/// </summary>
public sealed class RecentMessages(TimeProvider timeProvider, int maxChannels = 20_000)
{
    /// <summary>Messages kept per channel.</summary>
    public const int PerChannel = 10;

    /// <summary>Older messages are not context any more.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private readonly TimeProvider _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
    private readonly Dictionary<ulong, LinkedListNode<ChannelRing>> _channels = [];
    private readonly LinkedList<ChannelRing> _byActivity = new();
    private readonly Lock _lock = new();

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

    /// <summary>The channel's recent messages, oldest first, within the window. Call before <see cref="Add"/>.</summary>
    public IReadOnlyList<string> Snapshot(ulong channelId)
    {
        var cutoff = _time.GetUtcNow() - Window;
        lock (_lock)
        {
            return _channels.TryGetValue(channelId, out var node) ? node.Value.Since(cutoff) : [];
        }
    }

    /// <summary>Remembers a message of the channel as context for the next ones.</summary>
    public void Add(ulong channelId, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            if (_channels.TryGetValue(channelId, out var node))
            {
                _byActivity.Remove(node);
                _byActivity.AddFirst(node);
            }
            else
            {
                if (_channels.Count >= maxChannels && _byActivity.Last is { } oldest)
                {
                    _channels.Remove(oldest.Value.ChannelId);
                    _byActivity.RemoveLast();
                }

                node = _byActivity.AddFirst(new ChannelRing(channelId));
                _channels[channelId] = node;
            }

            node.Value.Add(text, now);
        }
    }

    /// <summary>Drops a channel's context (for example when its guild is forgotten).</summary>
    public void Forget(ulong channelId)
    {
        lock (_lock)
        {
            if (_channels.Remove(channelId, out var node))
            {
                _byActivity.Remove(node);
            }
        }
    }

    private sealed class ChannelRing(ulong channelId)
    {
        private readonly (string Text, DateTimeOffset At)[] _items = new (string, DateTimeOffset)[PerChannel];
        private int _next;
        private int _count;

        public ulong ChannelId { get; } = channelId;

        public void Add(string text, DateTimeOffset at)
        {
            _items[_next] = (text, at);
            _next = (_next + 1) % PerChannel;
            _count = Math.Min(_count + 1, PerChannel);
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
