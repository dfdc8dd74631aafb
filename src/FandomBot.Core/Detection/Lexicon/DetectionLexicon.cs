using FandomBot.Core.Text;

namespace FandomBot.Core.Detection.Lexicon;

/// <summary>
/// The cue words of every supported language (en, es, pt, fr, de), indexed by their first normalised word so a
/// message is scanned with span lookups. Immutable and shared.
/// </summary>
internal sealed class DetectionLexicon
{
    private static readonly Lazy<DetectionLexicon> DefaultLexicon = new(Build);

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
            foreach (var entry in phrases.Where(e => e.Words.Length == 1 && e.Language != "*"))
            {
                votes |= 1 << entry.LanguageIndex;
            }

            // Function words only vote on the language (done by the scan); the slow path never needs them as cues.
            words.Add(word, new LexiconWord([.. phrases.Where(e => e.Role != LexiconRole.FunctionWord)], [.. phrases.Where(e => e.IsTrigger)], votes));
        }

        _words = new WordTable<LexiconWord>(words);
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
        Span<int> votes = stackalloc int[5];
        var trigger = false;
        for (var i = 0; i < text.Count; i++)
        {
            if (_words.Find(text.Word(i)) is not { } word)
            {
                continue;
            }

            var mask = word.LanguageVotes;
            for (var l = 0; mask != 0; l++, mask >>= 1)
            {
                votes[l] += mask & 1;
            }

            if (!trigger)
            {
                foreach (var entry in word.Triggers)
                {
                    if (Matches(text, i, entry.Words))
                    {
                        trigger = true;
                        break;
                    }
                }
            }
        }

        languageIndex = 0;
        for (var l = 1; l < votes.Length; l++)
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
        for (var i = 0; i < text.Count; i++)
        {
            if (text[i].IsMention || _words.Find(text.Word(i)) is not { } word)
            {
                continue;
            }

            foreach (var entry in word.Phrases)
            {
                if (Matches(text, i, entry.Words))
                {
                    matches.Add(new CueMatch(i, entry.Words.Length, entry));
                }
            }
        }
    }

    /// <summary>True when the word is part of any lexicon phrase (so it is a common word, not a name).</summary>
    public bool IsKnownWord(ReadOnlySpan<char> word) => _words.Find(word) is not null;

    /// <summary>The meaning of a person's own term ("bi", "non-binary"), or None when the lexicon does not know it.</summary>
    public IdentityConcept ConceptOf(string[] words) =>
        _conceptByPhrase.TryGetValue(string.Join(' ', words), out var concept) ? concept : IdentityConcept.None;

    private static bool Matches(TokenizedText text, int index, string[] words)
    {
        if (index + words.Length > text.Count)
        {
            return false;
        }

        for (var k = 1; k < words.Length; k++)
        {
            if (text[index + k].IsMention || !text.Word(index + k).SequenceEqual(words[k]))
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
