namespace FandomBot.Core.Detection.Model;

/// <summary>
/// Hashes features into the model's weight table (FNV-1a over UTF-16 code units, one seed per feature family), so
/// the model needs no vocabulary and an unseen word costs nothing. Stable across processes and platforms: the
/// trainer and the bot must agree on every index.
/// </summary>
internal static class FeatureHasher
{
    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>The seed of a unit's own value (a word, or a placeholder for a name), before any family mixes it in.</summary>
    public const uint UnitSeed = Offset;

    public static uint Start(FeatureFamily family) => (Offset ^ (uint)family) * Prime;

    public static uint Add(uint hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    public static uint Add(uint hash, char c) => (hash ^ c) * Prime;

    public static uint Add(uint hash, int value)
    {
        hash = (hash ^ (uint)(value & 0xFFFF)) * Prime;
        return (hash ^ (uint)((value >> 16) & 0xFFFF)) * Prime;
    }

    /// <summary>The final mix (so nearby inputs spread over the table), masked to the table size.</summary>
    public static int Index(uint hash, int mask)
    {
        hash ^= hash >> 15;
        hash *= 0x2C1B3C6D;
        hash ^= hash >> 12;
        hash *= 0x297A2D39;
        hash ^= hash >> 15;
        return (int)(hash & (uint)mask);
    }
}
