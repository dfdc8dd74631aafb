using System.Collections.Concurrent;
using System.Text;

namespace FandomBot.Core.Text;

/// <summary>
/// The NFKD decomposition of a non-ASCII character, cached per code point so that chat full of emoji and accents
/// does not allocate after the first sighting of each character. The cache is bounded: past the limit, rare
/// characters are decomposed on each use.
/// </summary>
internal static class CompatibilityFolding
{
    private const int MaxCachedCodePoints = 20_000;

    private static readonly ConcurrentDictionary<int, string> Cache = new();

    /// <summary>NFKD of one code point given as one char or a surrogate pair.</summary>
    public static string Decompose(ReadOnlySpan<char> chars)
    {
        var codePoint = chars.Length == 2 ? char.ConvertToUtf32(chars[0], chars[1]) : chars[0];
        if (Cache.TryGetValue(codePoint, out var cached))
        {
            return cached;
        }

        string decomposed;
        try
        {
            decomposed = chars.ToString().Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            // An unpaired surrogate or unassigned code point: no letters in it.
            decomposed = " ";
        }

        if (Cache.Count < MaxCachedCodePoints)
        {
            Cache.TryAdd(codePoint, decomposed);
        }

        return decomposed;
    }
}
