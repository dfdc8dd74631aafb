using System.Runtime.CompilerServices;
using FandomBot.Core.Detection;
using FandomBot.Core.Detection.Lexicon;
using Xunit;

namespace FandomBot.Core.Tests.Detection;

/// <summary>The per-thread cache that spares a channel's context from being read again for every message.</summary>
public sealed class ContextFactsCacheTests
{
    [Fact]
    public void Four_messages_that_hash_to_the_same_place_stay_cached_together()
    {
        // Found by search, not by luck: four strings whose identity hashes share the cache's set (and, for a cache of
        // one slot per hash, its slot too), as two of a channel's ten messages did about three times in ten.
        var colliding = new List<string>();
        var target = -1;
        for (var i = 0; colliding.Count < 4; i++)
        {
            var text = $"context message number {i}";
            var place = RuntimeHelpers.GetHashCode(text) & 127;
            if (target < 0)
            {
                target = place;
            }

            if (place == target)
            {
                colliding.Add(text);
            }
        }

        var first = colliding.Select(Read).ToList();
        var second = colliding.Select(Read).ToList();

        Assert.All(first.Zip(second), pair => Assert.Same(pair.First, pair.Second));
    }

    private static ContextFacts Read(string message) => ContextFactsCache.Get(message, DetectionLexicon.Default, TestPacks.Directory);
}
