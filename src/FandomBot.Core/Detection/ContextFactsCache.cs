using System.Runtime.CompilerServices;
using FandomBot.Core.Detection.Lexicon;
using FandomBot.Core.People;

namespace FandomBot.Core.Detection;

/// <summary>
/// A small per-thread cache of context readings for callers that pass context as strings. A channel's ring hands the
/// same string instances to message after message, so keying by instance (not by content) finds them again without
/// hashing the text; strings are immutable, so a hit is always the same text. Bounded: a miss just reads the message
/// again.
/// </summary>
/// <remarks>
/// Four ways per set, not one slot per hash: with one slot each (128 of them), two of a channel's ten messages shared a
/// slot about three times in ten (the birthday bound), evicted each other on every call and were read again each time
/// (about 2.4 KB per message, seen as a flaky allocation test). Five of ten landing in one of 64 sets is about one in
/// 65,000.
/// </remarks>
internal static class ContextFactsCache
{
    // Ten messages of context for a few busy channels handled by the same thread.
    private const int Sets = 64;
    private const int Ways = 4;

    [ThreadStatic]
    private static Entry[]? t_entries;

    public static ContextFacts Get(string message, DetectionLexicon lexicon, PeopleDirectory directory)
    {
        if (Peek(message, directory) is { } cached)
        {
            return cached;
        }

        // The newest goes first and the oldest of the set drops off the end: no bookkeeping beyond the order.
        var facts = ContextFacts.Read(message, lexicon, directory);
        var ways = SetOf(t_entries ??= new Entry[Sets * Ways], message);
        ways[..^1].CopyTo(ways[1..]);
        ways[0] = new Entry(message, facts);
        return facts;
    }

    /// <summary>The reading already cached for this message and directory, or null: never reads the message.</summary>
    public static ContextFacts? Peek(string message, PeopleDirectory directory)
    {
        if (t_entries is not { } entries)
        {
            return null;
        }

        foreach (var way in SetOf(entries, message))
        {
            if (ReferenceEquals(way.Message, message) && way.Facts is { } cached && ReferenceEquals(cached.Directory, directory))
            {
                return cached;
            }
        }

        return null;
    }

    private static Span<Entry> SetOf(Entry[] entries, string message) =>
        entries.AsSpan((RuntimeHelpers.GetHashCode(message) & (Sets - 1)) * Ways, Ways);

    private record struct Entry(string? Message, ContextFacts? Facts);
}
