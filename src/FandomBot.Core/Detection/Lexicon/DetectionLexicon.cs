using FandomBot.Core.Text;

namespace FandomBot.Core.Detection.Lexicon;

/// <summary>
/// The cue words of every supported language (en, es, pt, fr, de), indexed by their first normalised word so a
/// message is scanned with span lookups. Immutable and shared.
/// </summary>
internal sealed class DetectionLexicon
{
    private static readonly Lazy<DetectionLexicon> DefaultLexicon = new(Build);

    private static int s_lastId;

    /// <summary>Tells this lexicon's word slots (kept on a <see cref="TokenizedText"/>) from another's; never 0.</summary>
    private readonly int _id = Interlocked.Increment(ref s_lastId);

    private readonly WordTable<LexiconWord> _words;
    private readonly Dictionary<string, IdentityConcept> _conceptByPhrase;

    private DetectionLexicon(IReadOnlyList<LexiconEntry> entries)
    {
        var phrasesByFirstWord = entries.GroupBy(e => e.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.Ordinal);
        var words = new Dictionary<string, LexiconWord>(StringComparer.Ordinal);
        foreach (var word in entries.SelectMany(e => e.Words).Distinct(StringComparer.Ordinal))
        {
            var phrases = phrasesByFirstWord.GetValueOrDefault(word) ?? [];
            var votes = 0;
            // Hint words are shared across languages ("real", "ship", "team") and would skew the vote.
            foreach (var entry in phrases.Where(e => e.Words.Length == 1 && e.Language != "*" && e.Role != LexiconRole.Hint))
            {
                votes |= 1 << entry.LanguageIndex;
            }

            // Function words only vote on the language (done by the scan); the slow path never needs them as cues.
            // Hint words are kept for the gate (IsHint) and the model's features, not as cues for the rules.
            words.Add(word, new LexiconWord([.. phrases.Where(e => e.Role is not LexiconRole.FunctionWord)], [.. phrases.Where(e => e.IsTrigger)], votes));
        }

        _words = new WordTable<LexiconWord>(words);
        foreach (var word in words.Values)
        {
            word.LinkSlots(_words);
        }

        _conceptByPhrase = new Dictionary<string, IdentityConcept>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => e.Role == LexiconRole.Term && e.Concept != IdentityConcept.None))
        {
            _conceptByPhrase.TryAdd(string.Join(' ', entry.Words), entry.Concept);
        }

        Entries = entries;
    }

    public static DetectionLexicon Default => DefaultLexicon.Value;

    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>
    /// True when any word could start an orientation, identity or closet cue; also votes on the language from common
    /// words. Allocation-free: this is all the work done for ordinary chat.
    /// </summary>
    public bool Scan(TokenizedText text, out int languageIndex)
    {
        // An inline array, not stackalloc: a method with stackalloc is compiled fully optimised at once and never
        // recompiled with profile data, which left this loop's hash and probe as calls.
        var votes = default(LanguageVotes);
        var slots = text.ReserveLexiconSlots();
        var count = text.Count;
        var triggerWords = false;
        var hintWords = false;
        for (var i = 0; i < count; i++)
        {
            // A mention's empty word is in no phrase.
            var slot = text[i].IsMention ? -1 : _words.SlotOf(text.Word(i));
            slots[i] = slot;
            if (slot < 0)
            {
                continue;
            }

            var word = _words.ValueAt(slot);
            var mask = word.LanguageVotes;
            for (var l = 0; mask != 0; l++, mask >>= 1)
            {
                votes[l] += mask & 1;
            }

            triggerWords |= word.Triggers.Length != 0;
            hintWords |= word.IsHint;
        }

        text.HasHintWord = hintWords;

        text.LexiconSlotsOwner = _id;
        var trigger = false;
        for (var i = 0; triggerWords && i < count; i++)
        {
            var slot = slots[i];
            if (slot < 0)
            {
                continue;
            }

            var triggerSlots = _words.ValueAt(slot).TriggerSlots;
            foreach (var phrase in triggerSlots)
            {
                if (Matches(slots, count, i, phrase))
                {
                    trigger = true;
                    triggerWords = false;
                    break;
                }
            }
        }

        languageIndex = 0;
        for (var l = 1; l < LanguageVotes.Length; l++)
        {
            if (votes[l] > votes[languageIndex])
            {
                languageIndex = l;
            }
        }

        return trigger;
    }

    /// <summary>Every phrase found in the message (several may start at one word).</summary>
    public void MatchAll(TokenizedText text, List<CueMatch> matches)
    {
        matches.Clear();
        var slots = SlotsOf(text);
        var count = text.Count;
        for (var i = 0; i < count; i++)
        {
            var slot = slots[i];
            if (slot < 0)
            {
                continue;
            }

            var word = _words.ValueAt(slot);
            var phrases = word.Phrases;
            var phraseSlots = word.PhraseSlots;
            for (var p = 0; p < phrases.Length; p++)
            {
                if (Matches(slots, count, i, phraseSlots[p]))
                {
                    matches.Add(new CueMatch(i, phrases[p].Words.Length, phrases[p]));
                }
            }
        }
    }

    /// <summary>True when the word is part of any lexicon phrase (so it is a common word, not a name).</summary>
    public bool IsKnownWord(ReadOnlySpan<char> word) => _words.Find(word) is not null;

    /// <summary>True when word <paramref name="index"/> of a scanned message is part of any lexicon phrase.</summary>
    public bool IsKnownWord(TokenizedText text, int index) =>
        text.LexiconSlotsOwner == _id ? text.LexiconSlots[index] >= 0 : IsKnownWord(text.Word(index));

    /// <summary>The word slots from <see cref="Scan"/>, or looked up now for a message that was not scanned.</summary>
    private int[] SlotsOf(TokenizedText text)
    {
        if (text.LexiconSlotsOwner == _id)
        {
            return text.LexiconSlots;
        }

        var slots = text.ReserveLexiconSlots();
        for (var i = 0; i < text.Count; i++)
        {
            slots[i] = text[i].IsMention ? -1 : _words.SlotOf(text.Word(i));
        }

        text.LexiconSlotsOwner = _id;
        return slots;
    }

    /// <summary>The meaning of a person's own term ("bi", "non-binary"), or None when the lexicon does not know it.</summary>
    public IdentityConcept ConceptOf(string[] words) =>
        _conceptByPhrase.TryGetValue(string.Join(' ', words), out var concept) ? concept : IdentityConcept.None;

    /// <summary>The phrase's words (as word-table slots) follow from <paramref name="index"/>; its first word is known to match.</summary>
    private static bool Matches(int[] slots, int count, int index, int[] phrase)
    {
        if (index + phrase.Length > count)
        {
            return false;
        }

        for (var k = 1; k < phrase.Length; k++)
        {
            if (slots[index + k] != phrase[k])
            {
                return false;
            }
        }

        return true;
    }

    private static DetectionLexicon Build()
    {
        var builder = new LexiconBuilder();
        SharedLexicon.AddTo(builder);
        EnglishLexicon.AddTo(builder);
        SpanishLexicon.AddTo(builder);
        PortugueseLexicon.AddTo(builder);
        FrenchLexicon.AddTo(builder);
        GermanLexicon.AddTo(builder);
        return new DetectionLexicon(builder.Entries);
    }
}
