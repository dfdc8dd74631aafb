namespace FandomBot.Features.Replay;

/// <summary>
/// Who wrote the recent messages, so a reply's target can be passed to the detector as the live bot passes the
/// replied-to member (a lone "he" in a reply means them). Bounded: replies to older messages go without.
/// </summary>
internal sealed class ReplyAuthors(int capacity = 65_536)
{
    private readonly Dictionary<ulong, ulong> _authorByMessage = new(capacity);
    private readonly ulong[] _order = new ulong[capacity];
    private int _next;

    public void Remember(ulong messageId, ulong authorId)
    {
        if (_authorByMessage.Count == capacity)
        {
            _authorByMessage.Remove(_order[_next]);
        }

        if (_authorByMessage.TryAdd(messageId, authorId))
        {
            _order[_next] = messageId;
            _next = (_next + 1) % capacity;
        }
    }

    public ulong? AuthorOf(ulong messageId) => _authorByMessage.TryGetValue(messageId, out var author) ? author : null;
}
