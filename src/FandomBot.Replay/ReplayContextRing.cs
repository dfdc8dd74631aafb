using FandomBot.Core.Reminders;

namespace FandomBot.Replay;

/// <summary>
/// The live bot's <see cref="RecentMessages"/> (its context ring per channel: the last ten messages within five
/// minutes, at most 20,000 channels with the least recently written dropped first), answering the same questions
/// without allocating: a snapshot is copied into a buffer the caller owns. The replay takes a snapshot for nearly
/// every message (the reader cannot know which ones the detector will read context for), so a list per message
/// would be most of its garbage. <c>ReplayContextRingTests</c> holds it to RecentMessages' answers.
/// </summary>
internal sealed class ReplayContextRing(TimeProvider timeProvider, int maxChannels = ReplayContextRing.DefaultMaxChannels)
{
    /// <summary>RecentMessages' default bound on channels.</summary>
    public const int DefaultMaxChannels = 20_000;

    private readonly Dictionary<ulong, ChannelRing> _channels = [];
    private long _writes;

    /// <summary>Copies the channel's recent messages, oldest first, within the window, into <paramref name="into"/>; returns how many.</summary>
    public int Snapshot(ulong channelId, string[] into)
    {
        ArgumentNullException.ThrowIfNull(into);
        if (!_channels.TryGetValue(channelId, out var ring))
        {
            return 0;
        }

        var cutoff = (timeProvider.GetUtcNow() - RecentMessages.Window).UtcTicks;
        return ring.CopySince(cutoff, into);
    }

    /// <summary>Remembers a message of the channel as context for the next ones.</summary>
    public void Add(ulong channelId, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var now = timeProvider.GetUtcNow().UtcTicks;
        if (!_channels.TryGetValue(channelId, out var ring))
        {
            if (_channels.Count >= maxChannels)
            {
                // Only past 20,000 exported channels in one replay: a scan is cheap at that rarity.
                var oldest = _channels.Values.MinBy(r => r.LastWrite)!;
                _channels.Remove(oldest.ChannelId);
            }

            ring = new ChannelRing(channelId);
            _channels[channelId] = ring;
        }

        ring.LastWrite = ++_writes;
        ring.Add(text, now);
    }

    private sealed class ChannelRing(ulong channelId)
    {
        private const int Size = RecentMessages.PerChannel;
        private readonly string[] _texts = new string[Size];
        private readonly long[] _ticks = new long[Size];
        private int _next;
        private int _count;

        public ulong ChannelId { get; } = channelId;

        public long LastWrite { get; set; }

        public void Add(string text, long utcTicks)
        {
            _texts[_next] = text;
            _ticks[_next] = utcTicks;
            _next = (_next + 1) % Size;
            _count = Math.Min(_count + 1, Size);
        }

        public int CopySince(long cutoffUtcTicks, string[] into)
        {
            var copied = 0;
            for (var i = 0; i < _count; i++)
            {
                var at = (_next - _count + i + Size) % Size;
                if (_ticks[at] >= cutoffUtcTicks)
                {
                    into[copied++] = _texts[at];
                }
            }

            return copied;
        }
    }
}
