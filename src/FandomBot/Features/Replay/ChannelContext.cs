using System.Collections;
using FandomBot.Core.Reminders;

namespace FandomBot.Features.Replay;

/// <summary>
/// A channel's recent messages for the detector, taken from the ring only when the detector asks: it reads the
/// context only for a message with an orientation word (about one in ten), so the other nine skip the copy. One
/// instance is reused message after message (the replay judges one message at a time).
/// </summary>
internal sealed class ChannelContext(RecentMessages recent) : IReadOnlyList<string>
{
    private ulong _channelId;
    private IReadOnlyList<string>? _messages;

    public int Count => Messages.Count;

    private IReadOnlyList<string> Messages => _messages ??= recent.Snapshot(_channelId);

    public string this[int index] => Messages[index];

    /// <summary>Points at a channel's context as it is now; read before the message itself is added to the ring.</summary>
    public ChannelContext For(ulong channelId)
    {
        _channelId = channelId;
        _messages = null;
        return this;
    }

    public IEnumerator<string> GetEnumerator() => Messages.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
