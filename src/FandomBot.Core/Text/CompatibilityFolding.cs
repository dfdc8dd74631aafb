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
            decomposed = EnclosedLetter(codePoint) is var letter and not '\0'
                ? letter.ToString()
                : chars.ToString().Normalize(NormalizationForm.FormKD);
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

    /// <summary>
    /// The Latin capital a letter in a box or circle stands for, where Unicode gives no compatibility form (the negative
    /// circled and negative squared letters, 🅖 🅶): "🅶🅰🆈" is spelled to slip past a filter, exactly as "ｇａｙ" is.
    /// The regional indicator letters are the tokenizer's to read, since two of them make a flag.
    /// </summary>
    public static char EnclosedLetter(int codePoint) => codePoint switch
    {
        >= 0x1F150 and <= 0x1F169 => (char)('A' + (codePoint - 0x1F150)),
        >= 0x1F170 and <= 0x1F189 => (char)('A' + (codePoint - 0x1F170)),
        _ => '\0',
    };

    /// <summary>The letter of a regional indicator symbol (🇬 is G), or <c>'\0'</c>.</summary>
    public static char RegionalIndicatorLetter(int codePoint) =>
        codePoint is >= 0x1F1E6 and <= 0x1F1FF ? (char)('a' + (codePoint - 0x1F1E6)) : '\0';
}
