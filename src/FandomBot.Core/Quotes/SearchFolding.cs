using System.Globalization;
using System.Text;

namespace FandomBot.Core.Quotes;

/// <summary>
/// Folds text for search so that what people type matches what the file says: case, accents and punctuation are
/// ignored ("Ósemán" finds "Oseman", "dont" finds "don’t", "18-year-old" finds "18 year old").
/// </summary>
public static class SearchFolding
{
    /// <summary>Lowercase letters and digits, accents removed, apostrophes dropped, anything else one space.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Compatibility decomposition also flattens ligatures and full-width letters before the marks are dropped.
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (c is '\'' or '\u2019' or '\u2018' or '\u02BC')
            {
                continue; // an apostrophe joins a word ("don’t"), it does not split it
            }

            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace && builder.Length > 0)
            {
                builder.Append(' ');
            }

            pendingSpace = false;
            AppendFolded(builder, char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>The folded words of <paramref name="text"/>.</summary>
    public static string[] Words(string text) =>
        Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Whether every query word begins some word of the candidate (word-prefix match, any order).</summary>
    public static bool MatchesAllPrefixes(IReadOnlyList<string> candidateWords, IReadOnlyList<string> queryWords)
    {
        foreach (var queryWord in queryWords)
        {
            var found = false;
            foreach (var word in candidateWords)
            {
                if (word.StartsWith(queryWord, StringComparison.Ordinal))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    // Letters that carry no combining mark to strip but that people type without the accent.
    private static void AppendFolded(StringBuilder builder, char c)
    {
        switch (c)
        {
            case 'ß': builder.Append("ss"); break;
            case 'æ': builder.Append("ae"); break;
            case 'œ': builder.Append("oe"); break;
            case 'ø': builder.Append('o'); break;
            case 'ł': builder.Append('l'); break;
            case 'đ': builder.Append('d'); break;
            case 'ı': builder.Append('i'); break;
            default: builder.Append(c); break;
        }
    }
}
