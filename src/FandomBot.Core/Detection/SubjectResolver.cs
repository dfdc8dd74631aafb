using FandomBot.Core.Detection.Lexicon;
using FandomBot.Core.People;
using FandomBot.Core.Text;

namespace FandomBot.Core.Detection;

/// <summary>
/// Finds who an orientation or closet word is about: the nearest name or pronoun in its clause (then its sentence,
/// then the message, then the channel context for pronouns and dropped subjects), and whether a shared first name
/// means the actor or the character.
/// </summary>
internal sealed class SubjectResolver(MessageAnalysis message, ContextReader context)
{
    private const int MaxWordsAfter = 6;
    private const int MaxWordsAfterGaydar = 12;
    private const int MaxAuxiliaryGap = 5;

    private const int MaxWordsAfterComingOut = 4;

    private static readonly HashSet<string> AuxiliaryWords = new(
        TextTokenizer.Words("to for just already finally ever still never gonna going s ll is are will pls please plz better a de sich se va vai wird ne pas faire fait bald bientôt pronto logo qui toujours endlich enfin"),
        StringComparer.Ordinal);

    private static readonly HashSet<string> OfWords = new(TextTokenizer.Words("of von de do da del des du"), StringComparer.Ordinal);

    public Subject Resolve(CueMatch trigger)
    {
        var skipSelf = trigger.Role is LexiconRole.Gaydar or LexiconRole.Queerbaiting or LexiconRole.Beard;
        var comingOut = trigger.Role is LexiconRole.ComingOut or LexiconRole.ComingOutFuture;
        var clause = message.ClauseOf(trigger.Index);
        var sentence = message.SentenceOf(trigger.Index);
        var after = trigger.Role == LexiconRole.Gaydar ? MaxWordsAfterGaydar : comingOut ? ComingOutWordsAfter(trigger, clause) : MaxWordsAfter;
        var reference = Nearest(trigger, Scope.Clause, skipSelf, 0)
            ?? Nearest(trigger, Scope.Sentence, skipSelf, 0)
            ?? Nearest(trigger, Scope.Clause, skipSelf, after);

        if (comingOut && reference is not null && reference.End <= trigger.Index && !IsAuxiliaryGap(reference.End, trigger.Index))
        {
            // "zayn's new single comes out friday": the thing coming out is not the person.
            return Subject.NoOne();
        }

        if (reference is null && AllowsImplicitSubject(trigger, clause))
        {
            reference = Nearest(trigger, Scope.NamedInMessage, skipSelf: true, 0);
            if (reference is null && context.Antecedent is { } fromContext)
            {
                return FromContext(fromContext, trigger);
            }
        }

        return reference is null ? Subject.NoOne() : FromReference(reference, trigger);
    }

    /// <summary>The subject a given reference makes for this trigger.</summary>
    public Subject FromReference(Reference reference, CueMatch trigger)
    {
        var span = message.SpanOf(reference.Index, reference.Length);
        return reference.Kind switch
        {
            ReferenceKind.Self => new Subject(SubjectOutcome.Author, null, null, [new(CueKind.AboutAuthor, span, "the author is talking about themself")]),
            ReferenceKind.Generic => new Subject(SubjectOutcome.Generic, null, null, [new(CueKind.NoPerson, span, "about people in general, not one person")]),
            ReferenceKind.SecondPerson => SecondPerson(span),
            ReferenceKind.Mention => Mentioned(reference, span),
            ReferenceKind.Unlisted => Unlisted(reference, span),
            ReferenceKind.Pronoun or ReferenceKind.RoleNoun => Pronoun(reference, trigger),
            _ => Named(reference, trigger, span),
        };
    }

    private enum Scope
    {
        Clause,
        Sentence,
        NamedInMessage,
    }

    private bool InScope(Reference r, CueMatch trigger, Scope scope) => scope switch
    {
        Scope.Clause => message.ClauseOf(r.Index) == message.ClauseOf(trigger.Index),
        Scope.Sentence => message.SentenceOf(r.Index) == message.SentenceOf(trigger.Index),
        _ => r.Kind is ReferenceKind.Person or ReferenceKind.Mention or ReferenceKind.Unlisted,
    };

    private Reference? Nearest(CueMatch trigger, Scope scope, bool skipSelf, int maxWordsAfter)
    {
        Reference? before = null;
        Reference? after = null;
        foreach (var r in message.References)
        {
            if (!InScope(r, trigger, scope) || (skipSelf && r.Kind == ReferenceKind.Self) || Overlaps(r.Index, r.End, trigger.Index, trigger.End) || IsPossessiveInsideCue(r))
            {
                continue;
            }

            if (r.End <= trigger.Index)
            {
                before = r;
            }
            else if (after is null && r.Index >= trigger.End && r.Index - trigger.End <= maxWordsAfter && maxWordsAfter > 0)
            {
                after = r;
            }
        }

        return before ?? after;
    }

    /// <summary>
    /// The person usually comes before "come out"; after it only in "the coming out of X" or a question word order
    /// ("wann outet sich X", "when will X come out").
    /// </summary>
    private int ComingOutWordsAfter(CueMatch trigger, int clause)
    {
        if (trigger.End < message.Text.Count && OfWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(message.Text.Word(trigger.End)))
        {
            return MaxWordsAfterComingOut;
        }

        foreach (var c in message.Cues)
        {
            if (c.Role == LexiconRole.Future && message.ClauseOf(c.Index) == clause && c.End <= trigger.Index)
            {
                return MaxWordsAfterComingOut;
            }
        }

        return 0;
    }

    private bool IsAuxiliaryGap(int from, int to)
    {
        if (to - from > MaxAuxiliaryGap)
        {
            return false;
        }

        for (var i = from; i < to; i++)
        {
            var word = message.Text.Word(i);
            var auxiliary = AuxiliaryWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || IsInsideAuxiliaryCue(i);
            if (!auxiliary)
            {
                return false;
            }
        }

        return true;
    }

    private bool IsInsideAuxiliaryCue(int i)
    {
        foreach (var c in message.Cues)
        {
            if (c.Index <= i && c.End > i && c.Role is LexiconRole.Future or LexiconRole.Past or LexiconRole.Negation
                    or LexiconRole.Copula or LexiconRole.Hedge or LexiconRole.Intensifier or LexiconRole.Pronoun or LexiconRole.SecondPerson)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsInsideHedgeOrAlso(int i)
    {
        foreach (var c in message.Cues)
        {
            if (c.Index <= i && c.End > i && c.Role is LexiconRole.Hedge or LexiconRole.Intensifier or LexiconRole.Also)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"his girlfriend", "herself": a pronoun inside a real-world phrase says nothing about the subject.</summary>
    private bool IsPossessiveInsideCue(Reference r)
    {
        if (r.Kind != ReferenceKind.Pronoun)
        {
            return false;
        }

        foreach (var c in message.Cues)
        {
            if (c.Role is LexiconRole.RealWorld && c.Length > 1 && r.Index >= c.Index && r.End <= c.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A dropped or distant subject is looked for only where the sentence says something about someone: a verb like
    /// "is", a hedge, closet talk, stereotypes in the message, or a label standing alone ("gay." after a name).
    /// </summary>
    private bool AllowsImplicitSubject(CueMatch trigger, int clause)
    {
        if (trigger.Role is not LexiconRole.Term and not LexiconRole.Topic)
        {
            return true;
        }

        var clauseWords = 0;
        for (var i = 0; i < message.Text.Count; i++)
        {
            if (message.ClauseOf(i) == clause && (i < trigger.Index || i >= trigger.End) &&
                !IsInsideHedgeOrAlso(i))
            {
                clauseWords++;
            }
        }

        return clauseWords <= 1 ||
            message.HasInClause(clause, LexiconRole.Copula) ||
            message.HasInClause(clause, LexiconRole.Hedge) ||
            message.HasInClause(clause, LexiconRole.Intensifier) ||
            message.Has(LexiconRole.Stereotype);
    }

    private static bool Overlaps(int a0, int a1, int b0, int b1) => a0 < b1 && b0 < a1;

    /// <summary>
    /// A pronoun (or "the actor") means the person named before it; when the sentence leans to real life or to the
    /// story, the nearest name on that side wins ("sadie sink played max but irl she's…" is about Sadie Sink).
    /// </summary>
    private Subject Pronoun(Reference pronoun, CueMatch trigger)
    {
        var clause = message.ClauseOf(trigger.Index);
        var realAfter = false;
        var fictionAfter = false;
        foreach (var c in message.Cues)
        {
            if (c.Index >= pronoun.End && message.ClauseOf(c.Index) == clause)
            {
                realAfter |= c.Role == LexiconRole.RealWorld;
                fictionAfter |= c.Role == LexiconRole.Fiction;
            }
        }

        var realLean = pronoun.Kind == ReferenceKind.RoleNoun || (realAfter && !fictionAfter) ||
            (!fictionAfter && message.HasInClause(clause, LexiconRole.RealWorld));
        var fictionLean = !realLean && (fictionAfter || message.HasInClause(clause, LexiconRole.Fiction));
        Reference? nearest = null;
        Reference? leaning = null;
        foreach (var r in message.References)
        {
            if (r.End > pronoun.Index || r.Kind is not (ReferenceKind.Person or ReferenceKind.Mention or ReferenceKind.Unlisted))
            {
                continue;
            }

            nearest = r;
            var real = r.Kind != ReferenceKind.Person || HasCandidate(r, PersonKind.RealPerson);
            var fictional = r.Kind == ReferenceKind.Person && HasCandidate(r, PersonKind.FictionalCharacter);
            if ((realLean && !fictionLean && real) || (fictionLean && !realLean && fictional))
            {
                leaning = r;
            }
        }

        var named = leaning ?? nearest;
        var pronounSpan = message.SpanOf(pronoun.Index, pronoun.Length);
        if (named is not null)
        {
            return FromReference(named, trigger);
        }

        if (context.Antecedent is { } antecedent)
        {
            var subject = FromContext(antecedent, trigger);
            var note = new DetectionReason(CueKind.Reference, pronounSpan, $"\"{pronounSpan}\" refers to {subject.Person?.Name ?? context.AntecedentSpan}, named earlier in the channel");
            return subject with { Notes = [note, .. subject.Notes] };
        }

        return Subject.NoOne(new DetectionReason(CueKind.NoPerson, pronounSpan, "nobody named for this to refer to"));
    }

    private static bool HasCandidate(Reference r, PersonKind kind)
    {
        foreach (var p in r.Candidates)
        {
            if (p.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    private Subject SecondPerson(string span)
    {
        Reference? mention = null;
        foreach (var r in message.References)
        {
            if (r.Kind == ReferenceKind.Mention)
            {
                mention = r;
                break;
            }
        }

        return mention is not null
            ? Mentioned(mention, message.SpanOf(mention.Index, mention.Length))
            : new Subject(SubjectOutcome.Generic, null, null, [new(CueKind.NoPerson, span, "addressed to no one in particular")]);
    }

    private Subject FromContext(Reference antecedent, CueMatch trigger) => antecedent.Kind switch
    {
        ReferenceKind.Mention => Mentioned(antecedent, context.AntecedentSpan ?? string.Empty),
        ReferenceKind.Unlisted => Unlisted(antecedent, context.AntecedentSpan ?? string.Empty),
        _ => Named(antecedent, trigger, context.AntecedentSpan ?? string.Empty),
    };

    private static Subject Mentioned(Reference mention, string span)
    {
        var id = mention.MentionId;
        var person = new DetectedPerson(FormattableString.Invariant($"<@{id}>"), PersonKind.MentionedMember, null, id);
        return new Subject(SubjectOutcome.Real, person, null, [new(CueKind.MentionedMember, span, "a server member, mentioned: always a real person")]);
    }

    private static Subject Unlisted(Reference name, string span) =>
        new(SubjectOutcome.Real, new DetectedPerson(span, PersonKind.RealPerson), null,
            [new(CueKind.UnlistedPerson, span, $"\"{span}\" is a real person in no pack: real-world words right beside the name")]);

    private Subject Named(Reference name, CueMatch trigger, string span)
    {
        DirectoryPerson? real = null;
        DirectoryPerson? fictional = null;
        foreach (var candidate in name.Candidates)
        {
            if (candidate.Kind == PersonKind.RealPerson)
            {
                real ??= candidate;
            }
            else
            {
                fictional ??= candidate;
            }
        }

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
        var inClauseFiction = false;
        foreach (var c in message.Cues)
        {
            if (c.Role == LexiconRole.Fiction && message.ClauseOf(c.Index) == clause && !Overlaps(c.Index, c.End, name.Index, name.End) &&
                (c.Index < trigger.Index || c.Index - trigger.End <= 1))
            {
                inClauseFiction = true;
                break;
            }
        }

        var inClauseReal = message.HasInClause(clause, LexiconRole.RealWorld);
        if (trigger.Role is LexiconRole.Term or LexiconRole.Topic && inClauseFiction && !inClauseReal &&
            !message.Has(LexiconRole.Fake) && !message.HasInClause(clause, LexiconRole.Override))
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
}
