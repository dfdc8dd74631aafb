using FandomBot.Core.Detection.Lexicon;
using FandomBot.Core.People;
using FandomBot.Core.Text;

namespace FandomBot.Core.Detection;

/// <summary>
/// Tells whether a message speculates about a real person's sexual orientation or gender identity, and why.
/// Build one per people directory (per guild view) and share it: it is immutable and thread-safe. Ordinary chat
/// (no orientation, identity or closet word) is answered from a per-thread scratch buffer without allocating.
/// </summary>
public sealed class SpeculationDetector
{
    /// <summary>
    /// Discord caps a message at 4,000 characters; anything longer (a pasted file in a replay) is judged on its start,
    /// which keeps the slow path's cost bounded.
    /// </summary>
    private const int MaxMessageLength = 8_000;

    [ThreadStatic]
    private static TokenizedText? t_text;

    [ThreadStatic]
    private static List<CueMatch>? t_triggers;

    private readonly DetectionLexicon _lexicon;

    public SpeculationDetector(PeopleDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Directory = directory;
        _lexicon = DetectionLexicon.Default;
    }

    /// <summary>Everyone this detector recognises by name.</summary>
    public PeopleDirectory Directory { get; }

    /// <summary>Judges one message.</summary>
    /// <param name="text">The message content.</param>
    /// <param name="authorId">The author's user id (a mention of the author is the author talking about themself); 0 if unknown.</param>
    /// <param name="context">The channel's earlier messages, oldest first (the caller keeps up to 10 from the last 5 minutes).</param>
    /// <param name="mentionedUserIds">Members Discord reports as mentioned; a reply's target counts as the person a lone pronoun means.</param>
    public DetectionVerdict Evaluate(string text, ulong authorId = 0, IReadOnlyList<string>? context = null, IReadOnlyList<ulong>? mentionedUserIds = null) =>
        Evaluate(text, authorId, context, null, mentionedUserIds);

    /// <summary>
    /// Judges one message against context the caller keeps as <see cref="ContextMessage"/>s (one per message, reused
    /// from one call to the next), so each earlier message is read at most once however many later messages need it.
    /// Same verdict as <see cref="Evaluate"/> with the same texts.
    /// </summary>
    /// <param name="text">The message content.</param>
    /// <param name="authorId">The author's user id; 0 if unknown.</param>
    /// <param name="context">The channel's earlier messages, oldest first (up to 10 from the last 5 minutes).</param>
    /// <param name="mentionedUserIds">Members Discord reports as mentioned.</param>
    public DetectionVerdict EvaluateInContext(string text, ulong authorId, IReadOnlyList<ContextMessage> context, IReadOnlyList<ulong>? mentionedUserIds = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Evaluate(text, authorId, null, context, mentionedUserIds);
    }

    private DetectionVerdict Evaluate(string text, ulong authorId, IReadOnlyList<string>? texts, IReadOnlyList<ContextMessage>? prepared, IReadOnlyList<ulong>? mentionedUserIds)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = t_text ??= new TokenizedText();
        TextTokenizer.Tokenize(text.AsSpan(0, Math.Min(text.Length, MaxMessageLength)), tokens);
        if (!_lexicon.Scan(tokens, out var languageIndex))
        {
            return DetectionVerdict.Quiet(languageIndex);
        }

        var language = Languages.All[languageIndex];
        var analysis = MessageAnalysis.BuildForMessage(text, tokens, _lexicon, Directory, authorId, languageIndex);
        var reader = new ContextReader(texts, prepared, ReplyTarget(mentionedUserIds, authorId), _lexicon, Directory, authorId);
        var resolver = new SubjectResolver(analysis, reader);
        var assessor = new TriggerAssessor(analysis, resolver, _lexicon);

        List<DetectionReason>? notes = null;
        var triggers = t_triggers ??= [];
        Triggers(analysis, triggers, ref notes);
        Assessment? best = null;
        Assessment? firstQuiet = null;
        foreach (var trigger in triggers)
        {
            var assessment = assessor.Assess(trigger);
            if (assessment.Subject.Outcome == SubjectOutcome.Author && AlsoAbout(analysis, trigger) is { } other)
            {
                // "i'm bi and so is X" / "soy gay y X también": the label is put on X as well.
                assessment = assessor.Assess(trigger, resolver.FromReference(other, trigger));
            }

            if (assessment.IsAboutRealPerson)
            {
                if (best is null || assessment.Score > best.Score)
                {
                    best = assessment;
                }
            }
            else
            {
                firstQuiet ??= assessment;
            }
        }

        if (best is not null)
        {
            return new DetectionVerdict(best.Score >= 0.5, best.Score, best.Subject.Person, language, best.Reasons);
        }

        if (firstQuiet is not null)
        {
            return new DetectionVerdict(false, firstQuiet.Score, firstQuiet.Subject.Person, language, [.. firstQuiet.Reasons, .. (IReadOnlyList<DetectionReason>?)notes ?? []]);
        }

        return new DetectionVerdict(false, 0.05, null, language, (IReadOnlyList<DetectionReason>?)notes ?? []);
    }

    /// <summary>A reply's target (the one mentioned member other than the author) is who "he"/"she" means when nobody is named; 0 when none.</summary>
    private static ulong ReplyTarget(IReadOnlyList<ulong>? mentioned, ulong authorId)
    {
        if (mentioned is null)
        {
            return 0;
        }

        ulong other = 0;
        var found = false;
        for (var i = 0; i < mentioned.Count; i++)
        {
            var id = mentioned[i];
            if (id == authorId || (found && id == other))
            {
                continue;
            }

            if (found)
            {
                return 0;
            }

            other = id;
            found = true;
        }

        return other;
    }

    /// <summary>
    /// The trigger phrases worth judging: shorter labels inside longer ones are dropped ("straight" in "not straight"),
    /// and labels about no one ("gay rights", "bi visibility day", "straight up") or literal beards are set aside.
    /// </summary>
    internal static void Triggers(MessageAnalysis analysis, List<CueMatch> triggers, ref List<DetectionReason>? notes)
    {
        var cues = analysis.Cues;
        triggers.Clear();
        foreach (var cue in cues)
        {
            if (!cue.Entry.IsTrigger)
            {
                continue;
            }

            if (InsideLongerTrigger(cues, cue))
            {
                continue;
            }

            if (cue.Role is LexiconRole.Term or LexiconRole.Topic && IsAboutNoOne(analysis, cue))
            {
                (notes ??= []).Add(new DetectionReason(CueKind.NoPerson, analysis.SpanOf(cue), "an orientation word about no one in particular"));
                continue;
            }

            if (cue.Role == LexiconRole.Beard && IsAboutFacialHair(cues, cue))
            {
                continue;
            }

            triggers.Add(cue);
        }
    }

    private static bool InsideLongerTrigger(List<CueMatch> cues, CueMatch cue)
    {
        foreach (var o in cues)
        {
            if (o.Entry.IsTrigger && o.Length > cue.Length && o.Index <= cue.Index && o.End >= cue.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAboutFacialHair(List<CueMatch> cues, CueMatch beard)
    {
        foreach (var o in cues)
        {
            if (o.Role == LexiconRole.FacialHair && Math.Abs(o.Index - beard.Index) <= 3)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAboutNoOne(MessageAnalysis analysis, CueMatch term)
    {
        var text = analysis.Text;
        foreach (var o in analysis.Cues)
        {
            if (o.Role == LexiconRole.NonPersonNoun &&
                ((o.Index == term.End && text[o.Index].BreakBefore == TokenBreak.None) ||
                 (o.End == term.Index && text[term.Index].BreakBefore == TokenBreak.None) ||
                 (o.Index <= term.Index && o.End >= term.End && o.Length > term.Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A real name followed by "too"/"also"/"también" after the author's own label, in the same sentence.</summary>
    private static Reference? AlsoAbout(MessageAnalysis analysis, CueMatch trigger)
    {
        var sentence = analysis.SentenceOf(trigger.Index);
        foreach (var also in analysis.Cues)
        {
            if (also.Role != LexiconRole.Also || also.Index <= trigger.Index || analysis.SentenceOf(also.Index) != sentence)
            {
                continue;
            }

            var references = analysis.References;
            for (var r = references.Count - 1; r >= 0; r--)
            {
                var reference = references[r];
                if (reference.Index > trigger.Index && reference.End <= also.Index + also.Length &&
                    reference.Kind is ReferenceKind.Person or ReferenceKind.Mention or ReferenceKind.Unlisted)
                {
                    return reference;
                }
            }

            return null;
        }

        return null;
    }
}
