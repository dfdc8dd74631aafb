namespace FandomBot.Core.Text;

/// <summary>
/// The two-letter regions that have a flag (ISO 3166-1 and the few extra regions Unicode gives a flag: 🇪🇺, 🇺🇳, 🇽🇰…).
/// A run of regional indicator symbols is read as flags only when every pair is one of these, so "🇧🇷🇵🇹" is two
/// flags while "🇱🇬🇧🇹" (no region LG) is spelled letters.
/// </summary>
internal static class FlagRegions
{
    // One 26-bit row per first letter: bit n set when the second letter 'A' + n completes a region with a flag.
    private static ReadOnlySpan<int> Rows =>
    [
        0x2DF597C, 0x36F7BFB, 0x3F2FDED, 0x2005650,
        0x01E00D5, 0x0025700, 0x15FB9FB, 0x01A3400,
        0x00F781C, 0x000D010, 0x342B1D0, 0x13E0507,
        0x3FFFCFD, 0x212C975, 0x0001000, 0x14E3CF1,
        0x0000001, 0x0544010, 0x3AE7FDF, 0x26A7EED,
        0x3043041, 0x0102155, 0x0040020, 0x0000400,
        0x0080010, 0x0401001,
    ];

    /// <summary>Whether the two regional indicator letters (lower-case a-z) make a flag.</summary>
    public static bool HasFlag(char first, char second) =>
        first is >= 'a' and <= 'z' && second is >= 'a' and <= 'z' && (Rows[first - 'a'] & (1 << (second - 'a'))) != 0;
}
