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
    private readonly int[] _clauseOf;
    private readonly int[] _sentenceOf;
    private readonly bool[] _questionClause;

    private MessageAnalysis(string source, TokenizedText text, List<CueMatch> cues, List<Reference> references)
    {
        Source = source;
        Text = text;
        Cues = cues;
        References = references;
        _clauseOf = new int[text.Count];
        _sentenceOf = new int[text.Count];
        var clause = 0;
        var sentence = 0;
        var contrastStarts = new HashSet<int>(cues.Where(c => c.Role == LexiconRole.Contrast).Select(c => c.Index));
        for (var i = 0; i < text.Count; i++)
        {
            var brk = text[i].BreakBefore;
            if (i > 0 && brk is TokenBreak.Hard or TokenBreak.Question)
            {
                clause++;
                sentence++;
            }
            else if (i > 0 && contrastStarts.Contains(i))
            {
                clause++;
            }

            _clauseOf[i] = clause;
            _sentenceOf[i] = sentence;
        }

        _questionClause = new bool[clause + 1];
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

    public string Source { get; }

    public TokenizedText Text { get; }

    public List<CueMatch> Cues { get; }

    public List<Reference> References { get; }

    public static MessageAnalysis Build(string source, TokenizedText text, DetectionLexicon lexicon, PeopleDirectory directory, ulong authorId)
    {
        var cues = new List<CueMatch>();
        lexicon.MatchAll(text, cues);
        return new MessageAnalysis(source, text, cues, FindReferences(text, cues, lexicon, directory, authorId));
    }

    /// <summary>Names, mentions, pronouns, self and generic words, left to right, not overlapping.</summary>
    public static List<Reference> FindReferences(TokenizedText text, List<CueMatch> cues, DetectionLexicon lexicon, PeopleDirectory directory, ulong authorId)
    {
        var references = new List<Reference>();
        var candidates = new List<DirectoryPerson>();
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

            CueMatch? best = null;
            foreach (var cue in cues)
            {
                if (cue.Index == i && cue.Role is LexiconRole.Pronoun or LexiconRole.Self or LexiconRole.Generic &&
                    (best is null || cue.Length > best.Value.Length))
                {
                    best = cue;
                }
            }

            if (best is { } found)
            {
                var kind = found.Role switch
                {
                    LexiconRole.Pronoun => ReferenceKind.Pronoun,
                    LexiconRole.Self => ReferenceKind.Self,
                    _ => ReferenceKind.Generic,
                };
                references.Add(new Reference(i, found.Length, kind, [], 0));
                i += found.Length - 1;
            }
        }

        return references;
    }

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

    public IEnumerable<CueMatch> CuesInClause(int clause, LexiconRole role) =>
        Cues.Where(c => c.Role == role && _clauseOf[c.Index] == clause);

    public IEnumerable<CueMatch> CuesInSentence(int sentence, LexiconRole role) =>
        Cues.Where(c => c.Role == role && _sentenceOf[c.Index] == sentence);

    public IEnumerable<CueMatch> CuesOf(LexiconRole role) => Cues.Where(c => c.Role == role);

    /// <summary>
    /// A one-word alias that is also a common word ("Will", "Elle", "Joy") names someone only when capitalised
    /// mid-sentence; "will" in "he will come out" is the verb.
    /// </summary>
    private static bool IsCommonWordUsedAsWord(TokenizedText text, int index, int length, DetectionLexicon lexicon)
    {
        if (length > 1 || !lexicon.IsKnownWord(text.Word(index)))
        {
            return false;
        }

        var token = text[index];
        var sentenceStart = index == 0 || token.BreakBefore is TokenBreak.Hard or TokenBreak.Question;
        return (token.Traits & TokenTraits.Capitalised) == 0 || sentenceStart;
    }
}
