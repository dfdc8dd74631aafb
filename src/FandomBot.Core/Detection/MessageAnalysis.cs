using FandomBot.Core.Detection.Lexicon;
using FandomBot.Core.People;
using FandomBot.Core.Text;

namespace FandomBot.Core.Detection;

/// <summary>
/// One message taken apart for the slow path: its cue phrases, the words that can refer to people, and its clauses
/// (split at sentence ends and at "but"-like turns). Only built for messages that passed the trigger gate.
/// </summary>
internal sealed class MessageAnalysis
{
    // Two per thread: the message being judged, and one reused for each context message while the first is alive.
    [ThreadStatic]
    private static MessageAnalysis? t_message;

    [ThreadStatic]
    private static MessageAnalysis? t_context;

    private readonly List<CueMatch> _cues = new(32);
    private readonly List<Reference> _references = new(8);
    private readonly List<DirectoryPerson> _candidates = [];
    private readonly List<CueMatch> _strong = [];
    private CueMatch?[] _referenceCues = new CueMatch?[64];
    private int[] _clauseOf = new int[64];
    private int[] _sentenceOf = new int[64];
    private bool[] _questionClause = new bool[16];
    private bool[] _contrastAt = new bool[64];

    private MessageAnalysis()
    {
    }

    public string Source { get; private set; } = string.Empty;

    public TokenizedText Text { get; private set; } = null!;

    public List<CueMatch> Cues => _cues;

    public List<Reference> References => _references;

    /// <summary>
    /// The analysis of the message being judged, in this thread's reusable buffers: valid until the next call on this
    /// thread, so nothing that outlives <see cref="SpeculationDetector.Evaluate(string, ulong, IReadOnlyList{string}?, IReadOnlyList{ulong}?)"/> may hold it.
    /// </summary>
    public static MessageAnalysis BuildForMessage(string source, TokenizedText text, DetectionLexicon lexicon, PeopleDirectory directory, ulong authorId, int languageIndex) =>
        (t_message ??= new MessageAnalysis()).Fill(source, text, lexicon, directory, authorId, languageIndex);

    /// <summary>The analysis of one context message, in a second reusable buffer (valid until the next context message).</summary>
    public static MessageAnalysis BuildForContext(string source, TokenizedText text, DetectionLexicon lexicon, PeopleDirectory directory, ulong authorId, int languageIndex) =>
        (t_context ??= new MessageAnalysis()).Fill(source, text, lexicon, directory, authorId, languageIndex);

    private MessageAnalysis Fill(string source, TokenizedText text, DetectionLexicon lexicon, PeopleDirectory directory, ulong authorId, int languageIndex)
    {
        Source = source;
        Text = text;
        var cues = _cues;
        lexicon.MatchAll(text, cues);

        // Function words only count in the message's own language: French "on" is not English "on".
        var kept = 0;
        for (var i = 0; i < cues.Count; i++)
        {
            var cue = cues[i];
            if (!IsLanguageBound(cue.Role) || cue.Entry.Language == "*" || cue.Entry.LanguageIndex == languageIndex)
            {
                cues[kept++] = cue;
            }
        }

        cues.RemoveRange(kept, cues.Count - kept);
        FindReferences(lexicon, directory, authorId);
        SplitClauses();
        AddUnlistedNames(lexicon);
        return this;
    }

    private void SplitClauses()
    {
        var text = Text;
        if (_clauseOf.Length < text.Count)
        {
            _clauseOf = new int[Math.Max(text.Count, _clauseOf.Length * 2)];
            _sentenceOf = new int[_clauseOf.Length];
            _contrastAt = new bool[_clauseOf.Length];
        }

        var contrastAt = _contrastAt;
        Array.Clear(contrastAt, 0, text.Count);
        foreach (var cue in _cues)
        {
            if (cue.Role == LexiconRole.Contrast)
            {
                contrastAt[cue.Index] = true;
            }
        }

        var clause = 0;
        var sentence = 0;
        for (var i = 0; i < text.Count; i++)
        {
            var brk = text[i].BreakBefore;
            if (i > 0 && brk is TokenBreak.Hard or TokenBreak.Question)
            {
                clause++;
                sentence++;
            }
            else if (i > 0 && contrastAt[i])
            {
                clause++;
            }

            _clauseOf[i] = clause;
            _sentenceOf[i] = sentence;
        }

        if (_questionClause.Length < clause + 1)
        {
            _questionClause = new bool[Math.Max(clause + 1, _questionClause.Length * 2)];
        }

        Array.Clear(_questionClause, 0, clause + 1);
        for (var i = 1; i < text.Count; i++)
        {
            if (text[i].BreakBefore == TokenBreak.Question)
            {
                _questionClause[_clauseOf[i - 1]] = true;
            }
        }

        if (text.Count > 0 && text.TrailingBreak == TokenBreak.Question)
        {
            _questionClause[clause] = true;
        }
    }

    private static bool IsLanguageBound(LexiconRole role) => role is LexiconRole.Pronoun or LexiconRole.Self or LexiconRole.Generic
        or LexiconRole.SecondPerson or LexiconRole.Also or LexiconRole.Copula or LexiconRole.Future or LexiconRole.Past
        or LexiconRole.Negation or LexiconRole.Contrast or LexiconRole.Hedge or LexiconRole.Intensifier or LexiconRole.FunctionWord;

    /// <summary>Names, mentions, pronouns, self and generic words, left to right, not overlapping.</summary>
    private void FindReferences(DetectionLexicon lexicon, PeopleDirectory directory, ulong authorId)
    {
        var text = Text;
        var references = _references;
        var candidates = _candidates;
        references.Clear();

        // The longest pronoun, self or generic phrase starting at each word, found in one pass over the cues.
        if (_referenceCues.Length < text.Count)
        {
            _referenceCues = new CueMatch?[Math.Max(text.Count, _referenceCues.Length * 2)];
        }

        var referenceCues = _referenceCues;
        Array.Clear(referenceCues, 0, text.Count);
        foreach (var cue in _cues)
        {
            if (cue.Role is LexiconRole.Pronoun or LexiconRole.Self or LexiconRole.Generic or LexiconRole.SecondPerson or LexiconRole.RoleNoun &&
                (referenceCues[cue.Index] is not { } other || cue.Length > other.Length))
            {
                referenceCues[cue.Index] = cue;
            }
        }

        for (var i = 0; i < text.Count; i++)
        {
            var token = text[i];
            if (token.IsMention)
            {
                var kind = token.MentionId == authorId && authorId != 0 ? ReferenceKind.Self : ReferenceKind.Mention;
                references.Add(new Reference(i, 1, kind, [], token.MentionId));
                continue;
            }

            var length = directory.MatchAt(text, i, candidates);
            if (length > 0 && !IsCommonWordUsedAsWord(text, i, length, lexicon))
            {
                references.Add(new Reference(i, length, ReferenceKind.Person, [.. candidates], 0));
                i += length - 1;
                continue;
            }

            if (referenceCues[i] is { } found)
            {
                var kind = found.Role switch
                {
                    LexiconRole.Pronoun => ReferenceKind.Pronoun,
                    LexiconRole.Self => ReferenceKind.Self,
                    LexiconRole.SecondPerson => ReferenceKind.SecondPerson,
                    LexiconRole.RoleNoun => ReferenceKind.RoleNoun,
                    _ => ReferenceKind.Generic,
                };
                references.Add(new Reference(i, found.Length, kind, [], 0));
                i += found.Length - 1;
            }
        }
    }

    /// <summary>The most words an unlisted name may have, and how far real-world words may be from it.</summary>
    private const int MaxNameWords = 3;
    private const int MaxUnlistedGap = 4;

    public int ClauseOf(int index) => _clauseOf[index];

    public int SentenceOf(int index) => _sentenceOf[index];

    public bool IsQuestionClause(int clause) => _questionClause[clause];

    /// <summary>The original words of a token range, as the author wrote them.</summary>
    public string SpanOf(int index, int length)
    {
        var start = Text[index].SourceStart;
        var end = Text[index + length - 1].SourceEnd;
        return Source[start..end];
    }

    public string SpanOf(CueMatch cue) => SpanOf(cue.Index, cue.Length);

    public bool Has(LexiconRole role) => FirstOf(role) is not null;

    public bool HasInClause(int clause, LexiconRole role) => FirstInClause(clause, role) is not null;

    public bool HasInSentence(int sentence, LexiconRole role) => FirstInSentence(sentence, role) is not null;

    public CueMatch? FirstOf(LexiconRole role)
    {
        foreach (var cue in Cues)
        {
            if (cue.Role == role)
            {
                return cue;
            }
        }

        return null;
    }

    public CueMatch? FirstInClause(int clause, LexiconRole role)
    {
        foreach (var cue in Cues)
        {
            if (cue.Role == role && _clauseOf[cue.Index] == clause)
            {
                return cue;
            }
        }

        return null;
    }

    public CueMatch? FirstInSentence(int sentence, LexiconRole role)
    {
        foreach (var cue in Cues)
        {
            if (cue.Role == role && _sentenceOf[cue.Index] == sentence)
            {
                return cue;
            }
        }

        return null;
    }

    /// <summary>
    /// Real people in no pack count only on strong signals: a run of name-like words (two or more, or one written
    /// with a capital mid-sentence) right beside real-world words ("the actor", "irl", "in interviews", "on instagram",
    /// "his girlfriend") in the same sentence.
    /// </summary>
    private void AddUnlistedNames(DetectionLexicon lexicon)
    {
        if (!Has(LexiconRole.RealWorld) && !Has(LexiconRole.RoleNoun))
        {
            return;
        }

        var strong = _strong;
        strong.Clear();
        foreach (var c in Cues)
        {
            if (c.Role is LexiconRole.RealWorld or LexiconRole.RoleNoun)
            {
                strong.Add(c);
            }
        }

        var i = 0;
        var added = false;
        while (i < Text.Count)
        {
            if (!IsNameLike(i, lexicon))
            {
                i++;
                continue;
            }

            var start = i;
            var sentence = _sentenceOf[start];
            i++;
            while (i < Text.Count && i - start < MaxNameWords && _sentenceOf[i] == sentence && IsNameLike(i, lexicon) && Text[i].BreakBefore == TokenBreak.None)
            {
                i++;
            }

            var end = i;
            var token = Text[start];
            var capitalised = (token.Traits & TokenTraits.Capitalised) != 0 && start > 0 && token.BreakBefore == TokenBreak.None;
            var beside = false;
            foreach (var c in strong)
            {
                if (_sentenceOf[c.Index] == sentence && Gap(start, end, c.Index, c.End) <= MaxUnlistedGap)
                {
                    beside = true;
                    break;
                }
            }

            if (beside && (end - start >= 2 || capitalised))
            {
                References.Add(new Reference(start, end - start, ReferenceKind.Unlisted, [], 0));
                added = true;
            }
        }

        if (added)
        {
            References.Sort(static (a, b) => a.Index.CompareTo(b.Index));
        }
    }

    private bool IsNameLike(int index, DetectionLexicon lexicon)
    {
        var token = Text[index];
        if (token.IsMention || token.Length < 2 || lexicon.IsKnownWord(Text, index))
        {
            return false;
        }

        foreach (var r in References)
        {
            if (index >= r.Index && index < r.End)
            {
                return false;
            }
        }

        foreach (var c in Text.Word(index))
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    public static int Gap(int a0, int a1, int b0, int b1) => a1 <= b0 ? b0 - a1 : b1 <= a0 ? a0 - b1 : 0;

    /// <summary>
    /// A one-word alias that is also a common word ("Will", "Elle", "Joy") names someone only when capitalised
    /// mid-sentence; "will" in "he will come out" is the verb.
    /// </summary>
    private static bool IsCommonWordUsedAsWord(TokenizedText text, int index, int length, DetectionLexicon lexicon)
    {
        if (length > 1 || !lexicon.IsKnownWord(text, index))
        {
            return false;
        }

        var token = text[index];
        var sentenceStart = index == 0 || token.BreakBefore is TokenBreak.Hard or TokenBreak.Question;
        return (token.Traits & TokenTraits.Capitalised) == 0 || sentenceStart;
    }
}
