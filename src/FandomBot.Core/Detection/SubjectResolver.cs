using FandomBot.Core.Detection.Lexicon;
using FandomBot.Core.People;
using FandomBot.Core.Text;

namespace FandomBot.Core.Detection;

/// <summary>
/// Finds who an orientation or closet word is about: the nearest name or pronoun in its clause (then its sentence,
/// then the message, then the channel context for pronouns and dropped subjects), and whether a shared first name
/// means the actor or the character.
/// </summary>
internal sealed class SubjectResolver(MessageAnalysis message, ContextReader context, DetectionLexicon lexicon)
{
    private const int MaxWordsAfter = 6;
    private const int MaxUnlistedGap = 3;

    public Subject Resolve(CueMatch trigger)
    {
        var skipSelf = trigger.Role is LexiconRole.Gaydar or LexiconRole.Queerbaiting or LexiconRole.Beard;
        var clause = message.ClauseOf(trigger.Index);
        var sentence = message.SentenceOf(trigger.Index);
        var reference = Nearest(trigger, r => message.ClauseOf(r.Index) == clause, skipSelf, allowAfter: true)
            ?? Nearest(trigger, r => message.SentenceOf(r.Index) == sentence, skipSelf, allowAfter: false);

        if (reference is null && AllowsImplicitSubject(trigger, clause))
        {
            reference = Nearest(trigger, r => r.Kind is ReferenceKind.Person or ReferenceKind.Mention, skipSelf: true, allowAfter: false);
            if (reference is null && context.Antecedent is { } fromContext)
            {
                return FromContext(fromContext, trigger);
            }
        }

        return reference switch
        {
            null => Unlisted(trigger) ?? Subject.NoOne(),
            { Kind: ReferenceKind.Self } => new Subject(SubjectOutcome.Author, null, null, [new(CueKind.AboutAuthor, message.SpanOf(reference.Index, reference.Length), "the author is talking about themself")]),
            { Kind: ReferenceKind.Generic } => new Subject(SubjectOutcome.Generic, null, null, [new(CueKind.NoPerson, message.SpanOf(reference.Index, reference.Length), "about people in general, not one person")]),
            { Kind: ReferenceKind.Mention } => Mentioned(reference, message.SpanOf(reference.Index, reference.Length)),
            { Kind: ReferenceKind.Pronoun } => Pronoun(reference, trigger),
            _ => Named(reference, trigger, message.SpanOf(reference.Index, reference.Length), fromContext: false),
        };
    }

    private Reference? Nearest(CueMatch trigger, Func<Reference, bool> scope, bool skipSelf, bool allowAfter)
    {
        Reference? before = null;
        Reference? after = null;
        foreach (var r in message.References)
        {
            if (!scope(r) || (skipSelf && r.Kind == ReferenceKind.Self) || Overlaps(r.Index, r.End, trigger.Index, trigger.End) || IsPossessiveInsideCue(r))
            {
                continue;
            }

            if (r.End <= trigger.Index)
            {
                before = r;
            }
            else if (allowAfter && after is null && r.Index >= trigger.End && r.Index - trigger.End <= MaxWordsAfter)
            {
                after = r;
            }
        }

        return before ?? after;
    }

    /// <summary>"his girlfriend", "herself": a pronoun inside a real-world phrase says nothing about the subject.</summary>
    private bool IsPossessiveInsideCue(Reference r) =>
        r.Kind == ReferenceKind.Pronoun && message.Cues.Any(c => c.Role is LexiconRole.RealWorld && c.Length > 1 && r.Index >= c.Index && r.End <= c.End);

    private bool AllowsImplicitSubject(CueMatch trigger, int clause) =>
        trigger.Role is not LexiconRole.Term and not LexiconRole.Topic ||
        message.CuesInClause(clause, LexiconRole.Copula).Any() ||
        message.CuesInClause(clause, LexiconRole.Hedge).Any() ||
        message.CuesInClause(clause, LexiconRole.Intensifier).Any();

    private static bool Overlaps(int a0, int a1, int b0, int b1) => a0 < b1 && b0 < a1;

    private Subject Pronoun(Reference pronoun, CueMatch trigger)
    {
        Reference? named = null;
        foreach (var r in message.References)
        {
            if (r.End <= pronoun.Index && r.Kind is ReferenceKind.Person or ReferenceKind.Mention)
            {
                named = r;
            }
        }

        var pronounSpan = message.SpanOf(pronoun.Index, pronoun.Length);
        if (named is not null)
        {
            return named.Kind == ReferenceKind.Mention
                ? Mentioned(named, message.SpanOf(named.Index, named.Length))
                : Named(named, trigger, message.SpanOf(named.Index, named.Length), fromContext: false);
        }

        if (context.Antecedent is { } antecedent)
        {
            var subject = FromContext(antecedent, trigger);
            var note = new DetectionReason(CueKind.Reference, pronounSpan, $"\"{pronounSpan}\" refers to {subject.Person?.Name ?? context.AntecedentSpan}, named earlier in the channel");
            return subject with { Notes = [note, .. subject.Notes] };
        }

        return Unlisted(trigger) ?? Subject.NoOne(new DetectionReason(CueKind.NoPerson, pronounSpan, "nobody named for this to refer to"));
    }

    private Subject FromContext(Reference antecedent, CueMatch trigger) =>
        antecedent.Kind == ReferenceKind.Mention
            ? Mentioned(antecedent, context.AntecedentSpan ?? string.Empty)
            : Named(antecedent, trigger, context.AntecedentSpan ?? string.Empty, fromContext: true);

    private static Subject Mentioned(Reference mention, string span)
    {
        var id = mention.MentionId;
        var person = new DetectedPerson(FormattableString.Invariant($"<@{id}>"), PersonKind.MentionedMember, null, id);
        return new Subject(SubjectOutcome.Real, person, null, [new(CueKind.MentionedMember, span, "a server member, mentioned: always a real person")]);
    }

    private Subject Named(Reference name, CueMatch trigger, string span, bool fromContext)
    {
        var real = name.Candidates.FirstOrDefault(p => p.Kind == PersonKind.RealPerson);
        var fictional = name.Candidates.FirstOrDefault(p => p.Kind == PersonKind.FictionalCharacter);
        var clause = message.ClauseOf(trigger.Index);
        var (fictionWeight, realWeight) = SideWeights(clause, name);

        if (real is null && fictional is not null)
        {
            return new Subject(SubjectOutcome.Fictional, ToPerson(fictional), fictional, [new(CueKind.FictionalCharacter, span, $"{fictional.Name} is a fictional character")]);
        }

        if (real is null)
        {
            return Subject.NoOne();
        }

        if (fictional is not null)
        {
            if (fictionWeight > realWeight)
            {
                return new Subject(SubjectOutcome.Fictional, ToPerson(fictional), fictional, [new(CueKind.FictionalCharacter, span, $"\"{span}\" here means the character {fictional.Name}: the words around it are about the story")]);
            }

            if (realWeight <= fictionWeight)
            {
                return new Subject(SubjectOutcome.Ambiguous, ToPerson(real), real, [new(CueKind.AmbiguousName, span, $"\"{span}\" is both {real.Name} and the character {fictional.Name}, and nothing says which")]);
            }

            return new Subject(SubjectOutcome.Real, ToPerson(real), real, [new(CueKind.RealWorld, span, $"\"{span}\" here means {real.Name}, the real person: the words around it are about real life")]);
        }

        // A real name in a sentence about a role ("kit connor's character is gay") is about the role.
        var inClauseFiction = message.CuesInClause(clause, LexiconRole.Fiction).Any(c => !Overlaps(c.Index, c.End, name.Index, name.End));
        var inClauseReal = message.CuesInClause(clause, LexiconRole.RealWorld).Any();
        if (!fromContext && trigger.Role is LexiconRole.Term or LexiconRole.Topic && inClauseFiction && !inClauseReal &&
            !message.CuesOf(LexiconRole.Fake).Any() && !message.CuesInClause(clause, LexiconRole.Override).Any())
        {
            return new Subject(SubjectOutcome.Fictional, ToPerson(real), real, [new(CueKind.Fiction, span, $"about a role {real.Name} plays, not {real.Name}")]);
        }

        return new Subject(SubjectOutcome.Real, ToPerson(real), real, []);
    }

    private (double Fiction, double Real) SideWeights(int clause, Reference name)
    {
        double fiction = 0;
        double real = 0;
        foreach (var cue in message.Cues)
        {
            if (Overlaps(cue.Index, cue.End, name.Index, name.End))
            {
                continue;
            }

            var near = message.ClauseOf(cue.Index) == clause;
            switch (cue.Role)
            {
                case LexiconRole.Fiction:
                    fiction += near ? 2 : 1;
                    break;
                case LexiconRole.RealWorld:
                    real += near ? 2 : 1.5;
                    break;
                case LexiconRole.RealWorldWeak:
                    real += near ? 1 : 0.5;
                    break;
                default:
                    break;
            }
        }

        return (fiction + (context.FictionWeight * 0.5), real + (context.RealWeight * 0.5));
    }

    private static DetectedPerson ToPerson(DirectoryPerson person) => new(person.Name, person.Kind, person.Pack);

    /// <summary>
    /// A real person in no pack counts only on strong signals: real-world words ("irl", "the actor", "in interviews",
    /// "his girlfriend", "on instagram") right beside a name-like run of words.
    /// </summary>
    private Subject? Unlisted(CueMatch trigger)
    {
        var sentence = message.SentenceOf(trigger.Index);
        var strong = message.CuesInSentence(sentence, LexiconRole.RealWorld).ToList();
        if (strong.Count == 0)
        {
            return null;
        }

        var text = message.Text;
        (int Start, int End)? best = null;
        var i = 0;
        while (i < text.Count)
        {
            if (message.SentenceOf(i) != sentence || !IsNameLike(i))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Count && i - start < 3 && message.SentenceOf(i) == sentence && IsNameLike(i) && (i == start || text[i].BreakBefore == TokenBreak.None))
            {
                i++;
            }

            var end = i;
            var capitalised = (text[start].Traits & TokenTraits.Capitalised) != 0 && start > 0 && text[start].BreakBefore == TokenBreak.None;
            var beside = strong.Any(c => Gap(start, end, c.Index, c.End) <= MaxUnlistedGap);
            if (beside && (end - start >= 2 || capitalised) &&
                (best is null || Math.Abs(start - trigger.Index) < Math.Abs(best.Value.Start - trigger.Index)))
            {
                best = (start, end);
            }
        }

        if (best is not { } run)
        {
            return null;
        }

        var name = message.SpanOf(run.Start, run.End - run.Start);
        var cue = strong.OrderBy(c => Gap(run.Start, run.End, c.Index, c.End)).First();
        var person = new DetectedPerson(name, PersonKind.RealPerson);
        return new Subject(SubjectOutcome.Real, person, null, [new(CueKind.UnlistedPerson, message.SpanOf(cue), $"\"{name}\" is a real person in no pack: real-world words right beside the name")]);
    }

    private bool IsNameLike(int index)
    {
        var token = message.Text[index];
        if (token.IsMention || token.Length < 2 || lexicon.IsKnownWord(message.Text.Word(index)))
        {
            return false;
        }

        foreach (var r in message.References)
        {
            if (index >= r.Index && index < r.End)
            {
                return false;
            }
        }

        foreach (var c in message.Text.Word(index))
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int Gap(int a0, int a1, int b0, int b1) => a1 <= b0 ? b0 - a1 : b1 <= a0 ? a0 - b1 : 0;
}
