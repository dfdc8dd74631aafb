using FandomBot.Core.Detection.Lexicon;
using FandomBot.Core.Text;

namespace FandomBot.Core.Detection;

/// <summary>
/// Weighs the evidence around one trigger (an orientation, identity, closet or coming-out phrase) about a real
/// person. Evidence adds up on a log-odds scale: guessing, stereotypes, closet talk and overriding a person's own words
/// push towards a reminder; reporting their own statement, condemning speculation and talking about a role push away.
/// </summary>
internal sealed class TriggerAssessor(MessageAnalysis message, SubjectResolver resolver, DetectionLexicon lexicon)
{
    private const double Bias = 0.4;

    public Assessment Assess(CueMatch trigger, Subject? forcedSubject = null)
    {
        var subject = forcedSubject ?? resolver.Resolve(trigger);
        if (subject.Outcome != SubjectOutcome.Real || subject.Person is null)
        {
            return new Assessment(subject, 0.1, subject.Notes);
        }

        // Room for the notes and the usual handful of cues, so the list is not regrown.
        var reasons = new List<DetectionReason>(subject.Notes.Count + 4);
        reasons.AddRange(subject.Notes);
        var span = message.SpanOf(trigger);

        var name = subject.Person.Name;
        var clause = message.ClauseOf(trigger.Index);
        var sentence = message.SentenceOf(trigger.Index);
        var closetTalk = trigger.Role is LexiconRole.Closet or LexiconRole.Beard or LexiconRole.Gaydar or LexiconRole.Queerbaiting or LexiconRole.ComingOutFuture;
        CueMatch? reported = null;
        foreach (var cue in message.Cues)
        {
            if (cue.Index == trigger.Index || message.ClauseOf(cue.Index) != clause || (reported is { } earlier && earlier.Index <= cue.Index))
            {
                continue;
            }

            if (cue.Role is LexiconRole.Reported or LexiconRole.ComingOutPast || (!closetTalk && cue.Role == LexiconRole.Speech && IsReportingSpeech(cue)))
            {
                reported = cue;
            }
        }

        var fake = message.FirstOf(LexiconRole.Fake);
        var hasFake = fake is not null;
        var x = 0.0;
        var guessing = false;

        switch (trigger.Role)
        {
            case LexiconRole.Term:
                x += 1.0;
                reasons.Add(new(CueKind.Orientation, span, $"puts an orientation or identity label on {name}"));
                break;
            case LexiconRole.Topic:
                x += 0.2;
                reasons.Add(new(CueKind.Orientation, span, $"brings up {name}'s orientation or identity"));
                break;
            case LexiconRole.Closet or LexiconRole.Beard:
                x += 3.0;
                guessing = true;
                reasons.Add(new(CueKind.Closet, span, $"closet talk about {name}"));
                break;
            case LexiconRole.ComingOutFuture:
                x += 3.0;
                guessing = true;
                reasons.Add(new(CueKind.ComingOutExpected, span, $"expects {name} to come out"));
                break;
            case LexiconRole.ComingOut when !HasPastMarkerBefore(trigger) && reported is null && message.Has(LexiconRole.Future):
                x += 3.0;
                guessing = true;
                reasons.Add(new(CueKind.ComingOutExpected, span, $"expects {name} to come out"));
                break;
            case LexiconRole.ComingOut when !HasPastMarkerBefore(trigger) && reported is null:
                x += 0.2;
                reasons.Add(new(CueKind.Orientation, span, $"talks about {name} coming out"));
                break;
            case LexiconRole.ComingOut or LexiconRole.ComingOutPast when hasFake:
                x += 0.5;
                reasons.Add(new(CueKind.Orientation, span, $"talks about {name}'s coming out"));
                break;
            case LexiconRole.ComingOut or LexiconRole.ComingOutPast:
                x -= 3.0;
                reasons.Add(new(CueKind.ReportedStatement, span, $"reports that {name} came out themself"));
                break;
            case LexiconRole.Gaydar:
                x += 3.0;
                guessing = true;
                reasons.Add(new(CueKind.Gaydar, span, $"uses gaydar on {name}"));
                break;
            case LexiconRole.Queerbaiting:
                x += 2.5;
                guessing = true;
                reasons.Add(new(CueKind.Queerbaiting, span, $"accuses {name} of queerbaiting, which presumes their orientation"));
                break;
            default:
                break;
        }

        if (message.IsQuestionClause(clause))
        {
            x += 1.5;
            guessing = true;
            reasons.Add(new(CueKind.Question, span, $"asks about {name}"));
        }

        if (message.FirstInSentence(sentence, LexiconRole.Hedge) is { } hedge)
        {
            x += 1.5;
            guessing = true;
            reasons.Add(new(CueKind.Guess, message.SpanOf(hedge), "guessing"));
        }

        var certainty = message.FirstInSentence(sentence, LexiconRole.Intensifier);
        if (certainty is { } sure)
        {
            x += 1.0;
            guessing = true;
            reasons.Add(new(CueKind.Certainty, message.SpanOf(sure), "claims certainty without a source"));
        }

        if (message.FirstOf(LexiconRole.Stereotype) is { } stereotype)
        {
            x += 2.0;
            guessing = true;
            reasons.Add(new(CueKind.Stereotype, message.SpanOf(stereotype), "judges from looks, voice or manner"));
        }

        var overriding = message.FirstInClause(clause, LexiconRole.Override)
            ?? (reported is null ? message.FirstInClause(clause, LexiconRole.OverrideWeak) : null)
            ?? ContrastAfterReport(trigger, clause, sentence);
        if (overriding is { } over)
        {
            x += 2.5;
            guessing = true;
            reasons.Add(new(CueKind.Override, message.SpanOf(over), $"puts the author's view over what {name} says"));
        }

        if (hasFake)
        {
            x += 2.5;
            guessing = true;
            reasons.Add(new(CueKind.Fake, message.SpanOf(fake!.Value), "calls it fake or PR"));
        }

        if (message.FirstInClause(clause, LexiconRole.RealWorld) is { } real)
        {
            x += 0.3;
            reasons.Add(new(CueKind.RealWorld, message.SpanOf(real), "about the real person"));
        }

        if (reported is { } report && !hasFake && overriding is null)
        {
            x -= 4.0;
            reasons.Add(new(CueKind.ReportedStatement, message.SpanOf(report), $"reports what {name} said publicly"));
        }

        x += SelfIdentification(subject, trigger, guessing, reasons);

        if (Condemning(trigger) is { } condemning)
        {
            x -= 6.0;
            reasons.Add(new(CueKind.Condemning, message.SpanOf(condemning), "condemns or discusses speculation"));
        }

        if (IsDisguised(trigger))
        {
            x += 0.3;
            reasons.Add(new(CueKind.Disguised, span, "disguised spelling"));
        }

        return new Assessment(subject, Math.Round(1.0 / (1.0 + Math.Exp(-(x - Bias))), 3), reasons);
    }

    private static CueMatch? First(IEnumerable<CueMatch> cues)
    {
        foreach (var cue in cues)
        {
            return cue;
        }

        return null;
    }

    /// <summary>A speech verb reports the person's words when someone is speaking ("he said"), not "i said it" or "the way he says".</summary>
    private bool IsReportingSpeech(CueMatch speech)
    {
        if (message.HasInSentence(message.SentenceOf(speech.Index), LexiconRole.Stereotype) || FollowsTheWay(speech.Index))
        {
            return false;
        }

        Reference? speaker = null;
        foreach (var r in message.References)
        {
            if (speech.Length > 1 && r.Index >= speech.Index && r.End <= speech.End && r.Kind == ReferenceKind.Pronoun)
            {
                return true;
            }

            if (r.End <= speech.Index && speech.Index - r.End <= 3)
            {
                speaker = r;
            }
        }

        return speaker is not null && speaker.Kind is ReferenceKind.Person or ReferenceKind.Pronoun or ReferenceKind.Mention
            or ReferenceKind.Unlisted or ReferenceKind.RoleNoun or ReferenceKind.SecondPerson;
    }

    /// <summary>"the way X says…" judges manner; it does not report a statement.</summary>
    private bool FollowsTheWay(int index)
    {
        var text = message.Text;
        for (var i = Math.Max(1, index - 5); i < index; i++)
        {
            if (text.Word(i - 1).SequenceEqual("the") && text.Word(i).SequenceEqual("way"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"she says pan but she's a lesbian": a turn after a report of the person's words overrides them.</summary>
    private CueMatch? ContrastAfterReport(CueMatch trigger, int clause, int sentence)
    {
        CueMatch? found = null;
        foreach (var c in message.Cues)
        {
            if (c.Role == LexiconRole.Contrast && message.ClauseOf(c.Index) == clause && c.Index < trigger.Index)
            {
                found = c;
                break;
            }
        }

        if (found is not { } contrast)
        {
            return null;
        }

        foreach (var c in message.Cues)
        {
            if (c.Index < contrast.Index && message.SentenceOf(c.Index) == sentence &&
                (c.Role is LexiconRole.Reported or LexiconRole.ComingOutPast || (c.Role == LexiconRole.Speech && IsReportingSpeech(c))))
            {
                return contrast;
            }
        }

        return null;
    }

    private bool HasPastMarkerBefore(CueMatch trigger)
    {
        foreach (var c in message.Cues)
        {
            if (c.Role == LexiconRole.Past && c.End <= trigger.Index && trigger.Index - c.End <= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Condemning words count unless a "but" separates them from the trigger ("not to speculate, but…").</summary>
    private CueMatch? Condemning(CueMatch trigger)
    {
        foreach (var cue in message.Cues)
        {
            if (cue.Role == LexiconRole.Condemning && !IsDisclaimer(cue, trigger))
            {
                return cue;
            }
        }

        return null;
    }

    private bool IsDisclaimer(CueMatch condemning, CueMatch trigger)
    {
        if (condemning.End > trigger.Index)
        {
            return false;
        }

        foreach (var c in message.Cues)
        {
            if (c.Role == LexiconRole.Contrast && c.Index >= condemning.End && c.End <= trigger.Index)
            {
                return true;
            }
        }

        return false;
    }

    private double SelfIdentification(Subject subject, CueMatch trigger, bool guessing, List<DetectionReason> reasons)
    {
        var person = subject.Entry;
        if (person is null || person.SelfIdentification.Count == 0 || trigger.Role != LexiconRole.Term)
        {
            return 0;
        }

        var identity = StatedIdentity.Of(person, lexicon);
        var stated = identity.Concept;
        var said = trigger.Entry.Concept;
        var negated = false;
        foreach (var c in message.Cues)
        {
            negated |= c.Role == LexiconRole.Negation && c.End <= trigger.Index && trigger.Index - c.End <= 1;
        }

        var consistent = !negated && IsConsistent(said, stated);
        if (consistent && !guessing)
        {
            reasons.Add(new(CueKind.SelfIdentificationRepeated, string.Empty, identity.Matches));
            return -4.0;
        }

        if (!consistent)
        {
            reasons.Add(new(CueKind.SelfIdentificationOverridden, string.Empty, identity.Contradicts));
            return 1.5;
        }

        reasons.Add(new(CueKind.SelfIdentificationOverridden, string.Empty, identity.Guessed));
        return 0;
    }

    private static bool IsConsistent(IdentityConcept said, IdentityConcept stated)
    {
        const IdentityConcept notStraight = IdentityConcept.Gay | IdentityConcept.Lesbian | IdentityConcept.Bi | IdentityConcept.Pan | IdentityConcept.Queer;
        if (said is IdentityConcept.None or IdentityConcept.Attraction || stated == IdentityConcept.None || (said & stated) != 0)
        {
            return true;
        }

        // "Queer" alongside a more specific word ("bi, queer") is an umbrella, not licence to pick another label.
        if ((stated & ~IdentityConcept.Queer) != 0)
        {
            stated &= ~IdentityConcept.Queer;
        }

        if ((said & (IdentityConcept.Gay | IdentityConcept.Lesbian)) != 0 && (stated & (IdentityConcept.Gay | IdentityConcept.Lesbian)) != 0)
        {
            return true;
        }

        return (said == IdentityConcept.Queer && (stated & notStraight) != 0) || ((stated & IdentityConcept.Queer) != 0 && (said & notStraight) != 0);
    }

    private bool IsDisguised(CueMatch trigger)
    {
        for (var i = trigger.Index; i < trigger.End; i++)
        {
            if ((message.Text[i].Traits & TokenTraits.Disguised) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
