using System.Globalization;

namespace FandomBot.Core.Text;

/// <summary>
/// Splits a message into normalised words in one pass, undoing the usual ways of dodging a keyword filter:
/// compatibility forms (NFKC/NFKD: fullwidth, mathematical and circled letters, ligatures), case, zero-width and other
/// invisible characters, combining marks (accents), Cyrillic/Greek look-alikes, leetspeak inside words (<c>g4y</c>),
/// repeated letters (<c>gaaaay</c>: every run of a letter is squeezed to one, in the lexicon too) and letters split by
/// spaces, dots or dashes (<c>g a y</c>, <c>g.a.y</c>). Allocation-free once the target buffers are warm.
/// </summary>
public static partial class TextTokenizer
{
    [ThreadStatic]
    private static TokenizedText? t_scratch;

    /// <summary>Tokenizes <paramref name="source"/> into <paramref name="into"/> (cleared first).</summary>
    public static void Tokenize(ReadOnlySpan<char> source, TokenizedText into)
    {
        ArgumentNullException.ThrowIfNull(into);
        into.Clear();
        var state = new TokenState(into);
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (c < 0x80)
            {
                if (char.IsAsciiLetter(c))
                {
                    // The common case, kept tight: a run of plain letters.
                    i = state.LetterRun(source, i);
                    continue;
                }

                if (c == ' ')
                {
                    state.Space();
                    i++;
                    continue;
                }

                if (c == '<' && TryParseMention(source, i, out var id, out var length))
                {
                    state.Flush();
                    state.AddMention(id, i, i + length);
                    i += length;
                    continue;
                }

                state.Ascii(c, source, i, i + 1, disguised: false);
                i++;
                continue;
            }

            var width = char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]) ? 2 : 1;
            if (width == 2 && RegionalIndicatorRun(source, i) is var run and > 0)
            {
                // Regional indicator letters: pairs that are all regions are flags (🇧🇷, 🇧🇷🇵🇹), any other run is
                // letters (🇬🇦🇾, 🇬 🇦 🇾, 🇱🇬🇧🇹).
                var flags = AreFlags(source, i, run);
                for (var k = 0; k < run; k++, i += 2)
                {
                    if (flags)
                    {
                        state.NonAscii(source.Slice(i, 2), source, i, i + 2);
                    }
                    else
                    {
                        var letter = CompatibilityFolding.RegionalIndicatorLetter(char.ConvertToUtf32(source[i], source[i + 1]));
                        state.Ascii(letter, source, i, i + 2, disguised: true);
                    }
                }

                continue;
            }

            if (width == 2 || c == '\u26A7')
            {
                into.Emoji |= CueEmojis.Of(width == 2 ? char.ConvertToUtf32(c, source[i + 1]) : c);
            }

            state.NonAscii(source.Slice(i, width), source, i, i + width);
            i += width;
        }

        state.Flush();
        into.TrailingBreak = state.PendingBreak;
        JoinSplitLetters(into);
    }

    /// <summary>Tokenizes a lexicon phrase or alias and returns its words (for building lookups, not the hot path).</summary>
    public static string[] Words(string phrase)
    {
        var text = t_scratch ??= new TokenizedText();
        Tokenize(phrase, text);
        var count = 0;
        for (var i = 0; i < text.Count; i++)
        {
            count += text[i].IsMention ? 0 : 1;
        }

        var words = new string[count];
        var w = 0;
        for (var i = 0; i < text.Count; i++)
        {
            if (!text[i].IsMention)
            {
                words[w++] = new string(text.Word(i));
            }
        }

        return words;
    }

    /// <summary>Whether a run of regional indicator symbols pairs off into flags: an even run whose every pair is a region.</summary>
    private static bool AreFlags(ReadOnlySpan<char> source, int start, int run)
    {
        if (run % 2 != 0)
        {
            return false;
        }

        for (var i = start; i < start + (run * 2); i += 4)
        {
            var first = CompatibilityFolding.RegionalIndicatorLetter(char.ConvertToUtf32(source[i], source[i + 1]));
            var second = CompatibilityFolding.RegionalIndicatorLetter(char.ConvertToUtf32(source[i + 2], source[i + 3]));
            if (!FlagRegions.HasFlag(first, second))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How many regional indicator symbols follow one another from <paramref name="start"/> (0 when none starts there).</summary>
    private static int RegionalIndicatorRun(ReadOnlySpan<char> source, int start)
    {
        var run = 0;
        for (var i = start; i + 1 < source.Length && char.IsSurrogatePair(source[i], source[i + 1]) &&
             CompatibilityFolding.RegionalIndicatorLetter(char.ConvertToUtf32(source[i], source[i + 1])) != '\0'; i += 2)
        {
            run++;
        }

        return run;
    }

    private static bool TryParseMention(ReadOnlySpan<char> source, int start, out ulong id, out int length)
    {
        id = 0;
        length = 0;
        var i = start + 1;
        if (i >= source.Length || source[i] != '@')
        {
            return false;
        }

        i++;
        if (i < source.Length && source[i] == '!')
        {
            i++;
        }

        var digitsStart = i;
        while (i < source.Length && char.IsAsciiDigit(source[i]))
        {
            i++;
        }

        if (i == digitsStart || i >= source.Length || source[i] != '>' ||
            !ulong.TryParse(source[digitsStart..i], NumberStyles.None, CultureInfo.InvariantCulture, out id))
        {
            return false;
        }

        length = i + 1 - start;
        return true;
    }

    /// <summary>Joins runs of single letters separated by one space, dot, dash, underscore or asterisk.</summary>
    private static void JoinSplitLetters(TokenizedText text)
    {
        if (text.SingleCharacterWords < 2)
        {
            return;
        }

        var write = 0;
        var read = 0;
        while (read < text.Count)
        {
            // A run never starts with a one-letter word ("a", "i", "e", "o", "y", "u") when letters follow it:
            // "o tobie é g a y" joins "g a y", not "é g a y".
            if (IsSingleLetter(text, read) && IsOneLetterWord(text, read) && read + 2 < text.Count &&
                IsSingleLetter(text, read + 1) && IsSingleLetter(text, read + 2))
            {
                var keep = text[read];
                text.SetToken(write++, keep with { Traits = keep.Traits & ~(SplitGapFlag | AfterApostropheFlag) });
                read++;
                continue;
            }

            var runEnd = read + 1;
            if (IsSingleLetter(text, read) && (text[read].Traits & AfterApostropheFlag) == 0)
            {
                while (runEnd < text.Count && IsSingleLetter(text, runEnd) && text[runEnd].BreakBefore is TokenBreak.None or TokenBreak.Hard &&
                       (text[runEnd].Traits & SplitGapFlag) != 0)
                {
                    runEnd++;
                }
            }

            if (runEnd - read >= 2)
            {
                var first = text[read];
                var start = text.CharCount;
                var last = '\0';
                for (var k = read; k < runEnd; k++)
                {
                    var letter = text.CharAt(text[k].Start);
                    letter = char.IsLetter(letter) ? letter : CharacterFolding.Leet(letter);
                    if (letter != last)
                    {
                        text.AppendChar(letter);
                        last = letter;
                    }
                }

                var joined = new TextToken(
                    start,
                    text.CharCount - start,
                    first.SourceStart,
                    text[runEnd - 1].SourceEnd,
                    (first.Traits & ~(SplitGapFlag | AfterApostropheFlag)) | TokenTraits.JoinedLetters | TokenTraits.Disguised,
                    first.BreakBefore,
                    0);
                text.SetToken(write++, joined);
                text.HasDisguisedWord = true;
            }
            else
            {
                var token = text[read];
                text.SetToken(write++, token with { Traits = token.Traits & ~(SplitGapFlag | AfterApostropheFlag) });
            }

            read = runEnd;
        }

        text.Truncate(write);
    }

    // Internal marker on a token whose gap before it was exactly one splitting character; cleared after joining.
    private const TokenTraits SplitGapFlag = (TokenTraits)128;

    // Internal marker on the part after an apostrophe ("that's" -> "s"): never the start of split letters.
    private const TokenTraits AfterApostropheFlag = (TokenTraits)64;

    private static bool IsSingleLetter(TokenizedText text, int index)
    {
        var token = text[index];
        if (token.Length != 1 || token.IsMention || token.SourceEnd - token.SourceStart > 2)
        {
            return false;
        }

        var c = text.CharAt(token.Start);
        return char.IsLetter(c) || CharacterFolding.Leet(c) != '\0';
    }

    private static bool IsOneLetterWord(TokenizedText text, int index) => text.CharAt(text[index].Start) is 'a' or 'i' or 'e' or 'o' or 'y' or 'u';
}
