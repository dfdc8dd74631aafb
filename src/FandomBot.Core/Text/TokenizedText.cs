using System.Runtime.CompilerServices;

namespace FandomBot.Core.Text;

/// <summary>
/// A message split into normalised words. Reusable: <see cref="TextTokenizer"/> clears and refills it, so a detector
/// can keep one per thread and tokenize without allocating.
/// </summary>
public sealed class TokenizedText
{
    private char[] _chars = new char[256];
    private TextToken[] _tokens = new TextToken[64];

    /// <summary>The number of words.</summary>
    public int Count { get; private set; }

    /// <summary>True when the message holds a question mark.</summary>
    public bool HasQuestionMark { get; internal set; }

    /// <summary>True when any word was disguised (leetspeak, look-alikes, repeated or split letters, hidden marks).</summary>
    public bool HasDisguisedWord { get; internal set; }

    /// <summary>The hinting emoji the message holds (👀, 😏, 🌈…), which are not words.</summary>
    public CueEmoji Emoji { get; internal set; }

    /// <summary>
    /// True when the lexicon's gate saw a word that is no trigger but can carry speculation with no orientation word
    /// ("dating", "sus", "friends"): the message goes to the model.
    /// </summary>
    internal bool HasHintWord { get; set; }

    /// <summary>The punctuation after the last word: <see cref="TokenBreak.Question"/> when the message ends asking.</summary>
    public TokenBreak TrailingBreak { get; internal set; }

    internal int CharCount { get; private set; }

    /// <summary>How many one-character words were added (split letters need at least two).</summary>
    internal int SingleCharacterWords { get; private set; }

    public TextToken this[int index] => _tokens[index];

    /// <summary>The normalised letters of word <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> Word(int index)
    {
        var token = _tokens[index];
        return _chars.AsSpan(token.Start, token.Length);
    }

    /// <summary>The words, in order.</summary>
    public ReadOnlySpan<TextToken> Tokens => _tokens.AsSpan(0, Count);

    /// <summary>
    /// Per word, its slot in the lexicon's word table (-1 for none), filled by the lexicon's gate so that the slow path
    /// does not look the words up again; valid only while <see cref="LexiconSlotsOwner"/> is that lexicon's id
    /// (an int, not a reference, so marking it costs no GC write barrier on the ordinary-chat path).
    /// </summary>
    internal int[] LexiconSlots { get; private set; } = new int[64];

    internal int LexiconSlotsOwner { get; set; }

    internal int[] ReserveLexiconSlots()
    {
        if (LexiconSlots.Length < Count)
        {
            LexiconSlots = new int[Math.Max(Count, LexiconSlots.Length * 2)];
        }

        return LexiconSlots;
    }

    internal void Clear()
    {
        LexiconSlotsOwner = 0;
        Count = 0;
        CharCount = 0;
        SingleCharacterWords = 0;
        HasQuestionMark = false;
        HasDisguisedWord = false;
        HasHintWord = false;
        Emoji = CueEmoji.None;
        TrailingBreak = TokenBreak.None;
    }

    internal void AppendChar(char c)
    {
        if (CharCount == _chars.Length)
        {
            Array.Resize(ref _chars, _chars.Length * 2);
        }

        _chars[CharCount++] = c;
    }

    internal char CharAt(int index) => _chars[index];

    /// <summary>Room for <paramref name="count"/> more characters, to be filled and then committed.</summary>
    internal Span<char> ReserveChars(int count)
    {
        if (CharCount + count > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, CharCount + count));
        }

        return _chars.AsSpan(CharCount, count);
    }

    internal void CommitChars(int count) => CharCount += count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void AddToken(in TextToken token)
    {
        if (Count == _tokens.Length)
        {
            GrowTokens();
        }

        _tokens[Count++] = token;
        if (token.Length == 1)
        {
            SingleCharacterWords++;
        }

        if ((token.Traits & TokenTraits.Disguised) != 0)
        {
            HasDisguisedWord = true;
        }
    }

    private void GrowTokens() => Array.Resize(ref _tokens, _tokens.Length * 2);

    internal void SetToken(int index, in TextToken token) => _tokens[index] = token;

    internal void Truncate(int count) => Count = count;
}
