using System.Globalization;
using System.Runtime.CompilerServices;

namespace FandomBot.Core.Text;

/// <summary>The per-character state of <see cref="TextTokenizer"/>.</summary>
public static partial class TextTokenizer
{
    /// <summary>The word being built and the punctuation seen since the last one.</summary>
    private ref struct TokenState(TokenizedText text)
    {
        private readonly TokenizedText _text = text;
        private int _start = -1;
        private int _sourceStart;
        private int _sourceEnd;
        private TokenTraits _flags;
        private TokenBreak _pendingBreak;
        private int _gapChars;
        private char _gapChar;
        private char _last;
        private bool _afterApostrophe;

        public void Ascii(char c, ReadOnlySpan<char> source, int sourceStart, int sourceEnd, bool disguised)
        {
            if (char.IsAsciiLetter(c))
            {
                Append((char)(c | 0x20), sourceStart, sourceEnd, (uint)(c - 'A') <= 'Z' - 'A', disguised);
                return;
            }

            if (char.IsAsciiDigit(c) || c is '@' or '$' or '!')
            {
                // Leetspeak only inside a word: "g4y", "b1", "l3sbian"; never "100%" or "s2".
                // A digit at the end of a word stays a digit ("s3", "ep1") unless the word is already disguised ("h0m0").
                var leet = CharacterFolding.Leet(c);
                var nextIsLetter = sourceEnd < source.Length && (char.IsAsciiLetter(source[sourceEnd]) ||
                    (sourceEnd + 1 < source.Length && CharacterFolding.Leet(source[sourceEnd]) != '\0' && char.IsAsciiLetter(source[sourceEnd + 1])));
                var insideWord = _start >= 0 && char.IsAsciiLetter(_last) && (nextIsLetter || ((_flags & TokenTraits.Disguised) != 0 && char.IsAsciiDigit(c)));
                if (leet != '\0' && (insideWord || (nextIsLetter && c != '!')))
                {
                    if (c == '@' && _start < 0)
                    {
                        // A leading @ is a social handle, not an "a".
                        _flags |= TokenTraits.Handle;
                        return;
                    }

                    Append(leet, sourceStart, sourceEnd, upper: false, disguised: true);
                    return;
                }

                if (char.IsAsciiDigit(c))
                {
                    Append(c, sourceStart, sourceEnd, upper: false, disguised);
                    return;
                }
            }

            if (c == '\'')
            {
                // Apostrophes split words: "kit's" is "kit" + "s", "he'll" is "he" + "ll".
                Flush();
                _afterApostrophe = true;
                return;
            }

            Separator(c);
        }

        public void NonAscii(ReadOnlySpan<char> chars, ReadOnlySpan<char> source, int sourceStart, int sourceEnd)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(chars[0]);
            if (chars.Length == 2)
            {
                category = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(chars[0], chars[1]));
            }

            if (category is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark)
            {
                // Zero-width characters, joiners, variation selectors and accents: invisible, so dropped inside the word.
                if (_start >= 0)
                {
                    _flags |= TokenTraits.Disguised;
                    _sourceEnd = sourceEnd;
                }

                return;
            }

            if (chars.Length == 1 && chars[0] is '\u2019' or '\u2018' or '\u02BC' or '\u2032')
            {
                Flush();
                _afterApostrophe = true;
                return;
            }

            if (chars.Length == 1 && LookalikeOf(chars[0]) is var latin && latin != '\0')
            {
                Append(latin, sourceStart, sourceEnd, char.IsUpper(chars[0]), disguised: true);
                return;
            }

            var decomposed = CompatibilityFolding.Decompose(chars);
            var written = decomposed.Length;

            var upper = char.IsUpper(chars[0]);
            var compatibility = written > 0 && decomposed[0] < 0x80 && !IsLatinWithAccent(chars[0]);
            for (var k = 0; k < written; k++)
            {
                var d = decomposed[k];
                if (d < 0x80)
                {
                    Ascii(k == 0 && upper ? char.ToUpperInvariant(d) : d, source, sourceStart, sourceEnd, compatibility);
                    continue;
                }

                var dc = CharUnicodeInfo.GetUnicodeCategory(d);
                if (dc is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.Format)
                {
                    continue;
                }

                if (char.IsLetterOrDigit(d))
                {
                    var look = LookalikeOf(d);
                    Append(look != '\0' ? look : char.ToLowerInvariant(d), sourceStart, sourceEnd, char.IsUpper(d), look != '\0');
                }
                else if (d is '\u2019' or '\u2018' or '\u02BC')
                {
                    Flush();
                }
                else
                {
                    Separator(d);
                }
            }
        }

        public readonly TokenBreak PendingBreak => _pendingBreak;

        /// <summary>Appends the run of ASCII letters starting at <paramref name="index"/>; returns where it ends.</summary>
        public int LetterRun(ReadOnlySpan<char> source, int index)
        {
            var first = source[index];
            if (_start < 0)
            {
                Open(index, upper: (uint)(first - 'A') <= 'Z' - 'A');
            }

            var room = _text.ReserveChars(source.Length - index);
            var written = 0;
            var last = _last;
            var i = index;
            for (; i < source.Length; i++)
            {
                var c = source[i];
                if (!char.IsAsciiLetter(c))
                {
                    break;
                }

                var lower = (char)(c | 0x20);
                if (lower != last)
                {
                    room[written++] = lower;
                    last = lower;
                }
            }

            _text.CommitChars(written);
            _last = last;
            _sourceEnd = i;
            return i;
        }

        public void AddMention(ulong id, int sourceStart, int sourceEnd)
        {
            _text.AddToken(new TextToken(_text.CharCount, 0, sourceStart, sourceEnd, TokenTraits.Mention, TakeBreak(), id));
        }

        /// <summary>A plain space, the commonest separator: ends the word, sets no break (as <see cref="Separator"/> would).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Space()
        {
            Flush();
            _gapChars++;
            _gapChar = ' ';
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Flush()
        {
            if (_start < 0)
            {
                return;
            }

            _text.AddToken(new TextToken(_start, _text.CharCount - _start, _sourceStart, _sourceEnd, _flags, TakeBreak(), 0));
            _start = -1;
            _flags = TokenTraits.None;
            _last = '\0';
        }

        private static char LookalikeOf(char c) => CharacterFolding.Lookalike(char.ToLowerInvariant(c));

        private static bool IsLatinWithAccent(char c) => c is >= '\u00C0' and <= '\u024F';

        private TokenBreak TakeBreak()
        {
            var result = _pendingBreak;
            _pendingBreak = TokenBreak.None;
            _gapChars = 0;
            return result;
        }

        private void Append(char c, int sourceStart, int sourceEnd, bool upper, bool disguised)
        {
            if (_start < 0)
            {
                Open(sourceStart, upper);
            }

            _sourceEnd = sourceEnd;
            if (disguised)
            {
                _flags |= TokenTraits.Disguised;
            }

            if (c == _last && char.IsLetter(c))
            {
                // Repeated letters are squeezed everywhere (lexicon included): "gaaaay" and "gay" meet as "gay".
                return;
            }

            _text.AppendChar(c);
            _last = c;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Open(int sourceStart, bool upper)
        {
            _start = _text.CharCount;
            _sourceStart = sourceStart;
            _flags |= upper ? TokenTraits.Capitalised : TokenTraits.None;
            if (_gapChars == 1 && _gapChar is ' ' or '.' or '-' or '_' or '*' or '\u00B7')
            {
                _flags |= SplitGapFlag;
            }

            if (_afterApostrophe)
            {
                _flags |= AfterApostropheFlag;
                _afterApostrophe = false;
            }
        }

        private void Separator(char c)
        {
            Flush();
            _gapChars++;
            _gapChar = c;
            switch (c)
            {
                case '?' or '\u00BF':
                    _text.HasQuestionMark = true;
                    _pendingBreak = c == '?' ? TokenBreak.Question : TokenBreak.Hard;
                    break;
                case '.' or '!' or ';' or '\n' or '\r' or '\u2026' or '\u00A1':
                    if (_pendingBreak != TokenBreak.Question)
                    {
                        _pendingBreak = TokenBreak.Hard;
                    }

                    break;
                case ',' or ':' or '(' or ')' or '\u2014' or '\u2013' or '"' or '\u201C' or '\u201D':
                    if (_pendingBreak == TokenBreak.None)
                    {
                        _pendingBreak = TokenBreak.Soft;
                    }

                    break;
                default:
                    break;
            }
        }
    }
}
