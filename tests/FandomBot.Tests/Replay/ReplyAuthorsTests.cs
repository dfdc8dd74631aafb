using FandomBot.Replay;
using Xunit;

namespace FandomBot.Tests.Replay;

public sealed class ReplyAuthorsTests
{
    /// <summary>The table's first form, kept as the reference: a Dictionary with the oldest forgotten first.</summary>
    private sealed class Reference(int capacity)
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

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(100)]
    public void Remembers_and_forgets_exactly_like_the_dictionary_it_replaced(int capacity)
    {
        var random = new Random(capacity);
        var table = new ReplyAuthors(capacity);
        var reference = new Reference(capacity);
        var found = 0;
        for (var i = 0; i < 20_000; i++)
        {
            // Few distinct ids, so that repeats, collisions and removals in the middle of probe runs all happen.
            var id = (ulong)random.Next(0, capacity * 3) * (random.Next(2) == 0 ? 1UL : 1UL << 40);
            var asked = (ulong)random.Next(0, capacity * 3);
            Assert.Equal(reference.AuthorOf(asked), table.AuthorOf(asked));
            found += reference.AuthorOf(asked) is null ? 0 : 1;
            table.Remember(id, (ulong)i);
            reference.Remember(id, (ulong)i);
        }

        Assert.InRange(found, 1, 19_999);
    }
}
