using System.Runtime.CompilerServices;
using FandomBot.Core.Detection.Lexicon;
using FandomBot.Core.People;

namespace FandomBot.Core.Detection;

/// <summary>
/// A small per-thread cache of context readings for callers that pass context as strings. A channel's ring hands the
/// same string instances to message after message, so keying by instance (not by content) finds them again without
/// hashing the text; strings are immutable, so a hit is always the same text. Direct-mapped and bounded: a miss just
/// reads the message again.
/// </summary>
internal static class ContextFactsCache
{
    // Ten messages of context for a few busy channels handled by the same thread.
    private const int Slots = 128;

    [ThreadStatic]
    private static Entry[]? t_entries;

    public static ContextFacts Get(string message, DetectionLexicon lexicon, PeopleDirectory directory)
    {
        var entries = t_entries ??= new Entry[Slots];
        ref var entry = ref entries[RuntimeHelpers.GetHashCode(message) & (Slots - 1)];
        if (ReferenceEquals(entry.Message, message) && entry.Facts is { } cached && ReferenceEquals(cached.Directory, directory))
        {
            return cached;
        }

        var facts = ContextFacts.Read(message, lexicon, directory);
        entry = new Entry(message, facts);
        return facts;
    }

    private record struct Entry(string? Message, ContextFacts? Facts);
}
