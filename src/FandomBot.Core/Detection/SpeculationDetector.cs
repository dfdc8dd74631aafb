using FandomBot.Core.Detection.Lexicon;
using FandomBot.Core.Detection.Model;
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
    private readonly DetectorModel? _model;

    /// <summary>A detector with the shipped model (<see cref="DetectorModel.Default"/>).</summary>
    public SpeculationDetector(PeopleDirectory directory)
        : this(directory, DetectorModel.Default)
    {
    }

    /// <summary>A detector with the given model; <c>null</c> lets the rules decide alone (the engine before the model).</summary>
    public SpeculationDetector(PeopleDirectory directory, DetectorModel? model)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Directory = directory;
        _lexicon = DetectionLexicon.Default;
        _model = model;
    }

    /// <summary>The model that makes the call, or null when the rules decide alone.</summary>
    public DetectorModel? Model => _model;

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
        var triggered = _lexicon.Scan(tokens, out var languageIndex);
        var cued = triggered || (_model is not null && (tokens.HasHintWord || tokens.Emoji != CueEmoji.None));
        var replyOnly = !cued && _model is not null && RepliesToSpeculation(texts, prepared);
        if (!cued && !replyOnly)
        {
            return DetectionVerdict.Quiet(languageIndex);
        }

        var language = Languages.All[languageIndex];
        var analysis = MessageAnalysis.BuildForMessage(text, tokens, _lexicon, Directory, authorId, languageIndex);
        var reader = ContextReader.ForThisThread(texts, prepared, ReplyTarget(mentionedUserIds, authorId), _lexicon, Directory, authorId);
        var (best, firstQuiet, notes, bestAt) = triggered ? Assess(analysis, new SubjectResolver(analysis, reader)) : (null, null, null, -1);
        if (_model is null)
        {
            return RulesVerdict(best, firstQuiet, notes, language);
        }

        var features = ModelFeatures.Build(_model.Mask, analysis, reader, languageIndex, best, firstQuiet, triggered, bestAt);
        var probability = _model.Probability(features.Features);
        var rulesRemind = best is not null && best.Score >= 0.5;
        if (VetoOf(analysis, reader, best, firstQuiet) != Veto.None)
        {
            return RulesVerdict(best, firstQuiet, notes, language) with { Remind = false, Score = Math.Min(probability, 0.49) };
        }

        if (probability < (rulesRemind ? _model.RulesThreshold : _model.Threshold))
        {
            if (!triggered)
            {
                // Hint words only (or a reply), and the model sees nothing: the same shared answer as ordinary chat, no allocation.
                return DetectionVerdict.Quiet(languageIndex);
            }

            var quiet = RulesVerdict(best, firstQuiet, notes, language);
            return quiet with
            {
                Remind = false,
                Score = Math.Min(probability, 0.49),
                Reasons = [.. quiet.Reasons, new DetectionReason(CueKind.Wording, string.Empty, "read as a whole, the message does not read as speculation")],
            };
        }

        if (best is not null)
        {
            // The rules found the label and the person: their reasons already say why, in a moderator's words.
            return new DetectionVerdict(true, probability, best.Subject.Person, language, best.Reasons);
        }

        var wording = features.StrongestWording(_model, analysis);
        var person = FirstRealPerson(analysis, reader);
        List<DetectionReason> reasons = [.. PersonReasons(analysis, reader)];
        if (wording is not null)
        {
            reasons.Add(new DetectionReason(CueKind.Wording, wording, "worded the way speculation about a real person usually is"));
        }

        if (tokens.Emoji != CueEmoji.None)
        {
            reasons.Add(new DetectionReason(CueKind.Hint, string.Empty, "hinted with emoji instead of saying it"));
        }

        if (replyOnly)
        {
            reasons.Add(new DetectionReason(CueKind.Wording, string.Empty, "answers the message before it, which speculated, and reads as agreeing"));
        }

        return new DetectionVerdict(true, probability, person, language, reasons);
    }

    /// <summary>
    /// The model's features of a message, built exactly as <see cref="Evaluate(string, ulong, IReadOnlyList{string}?, IReadOnlyList{ulong}?)"/>
    /// builds them (the trainer's path); false when the message never reaches the model.
    /// </summary>
    internal bool TryExtractFeatures(string text, IReadOnlyList<string>? context, int mask, List<int> into, out bool rulesRemind, out Veto veto)
    {
        into.Clear();
        rulesRemind = false;
        veto = Veto.None;
        var tokens = t_text ??= new TokenizedText();
        TextTokenizer.Tokenize(text.AsSpan(0, Math.Min(text.Length, MaxMessageLength)), tokens);
        var triggered = _lexicon.Scan(tokens, out var languageIndex);
        if (!triggered && !tokens.HasHintWord && tokens.Emoji == CueEmoji.None && !RepliesToSpeculation(context, null))
        {
            return false;
        }

        var analysis = MessageAnalysis.BuildForMessage(text, tokens, _lexicon, Directory, 0, languageIndex);
        var reader = ContextReader.ForThisThread(context, null, 0, _lexicon, Directory, 0);
        var (best, firstQuiet, _, bestAt) = triggered ? Assess(analysis, new SubjectResolver(analysis, reader)) : (null, null, null, -1);
        rulesRemind = best is not null && best.Score >= 0.5;
        veto = VetoOf(analysis, reader, best, firstQuiet);
        foreach (var feature in ModelFeatures.Build(mask, analysis, reader, languageIndex, best, firstQuiet, triggered, bestAt).Features)
        {
            into.Add(feature);
        }

        return true;
    }

    private (Assessment? Best, Assessment? FirstQuiet, List<DetectionReason>? Notes, int BestAt) Assess(MessageAnalysis analysis, SubjectResolver resolver)
    {
        var assessor = new TriggerAssessor(analysis, resolver, _lexicon);
        List<DetectionReason>? notes = null;
        var triggers = t_triggers ??= [];
        Triggers(analysis, triggers, ref notes);
        Assessment? best = null;
        Assessment? firstQuiet = null;
        var bestAt = -1;
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
                    bestAt = trigger.Index;
                }
            }
            else
            {
                firstQuiet ??= assessment;
            }
        }

        return (best, firstQuiet, notes, bestAt);
    }

    /// <summary>The rules' own answer: the engine as it was before the model.</summary>
    private static DetectionVerdict RulesVerdict(Assessment? best, Assessment? firstQuiet, List<DetectionReason>? notes, string language)
    {
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

    /// <summary>
    /// The hard vetoes the model cannot overrule, when the rules found no label on a real person: every label sits on
    /// the author's own word (<see cref="AuthorLabelsThemself"/>), and either nothing else hints or no one real is
    /// named besides; the words are about a fictional character (named in full, or with fiction words around, and no
    /// performer or real-world word) and no one real is named besides; or the message points at someone only with
    /// "he", "she" or "they", with nothing before it and no word that could be a name.
    /// </summary>
    private Veto VetoOf(MessageAnalysis analysis, ContextReader context, Assessment? best, Assessment? firstQuiet)
    {
        if (best is not null)
        {
            return Veto.None;
        }

        var onAuthor = firstQuiet?.Subject.Outcome == SubjectOutcome.Author && AuthorLabelsThemself(analysis);
        if (onAuthor && !HasHintBesideTheLabels(analysis) && analysis.Text.Emoji == CueEmoji.None)
        {
            // "im gay and kit connor is my favourite actor": every label sits on the author's own word, so a real
            // person named elsewhere in the message is not what it is about (with no hint word or emoji that could
            // carry something else about them).
            return Veto.Author;
        }

        var characterByFullName = false;
        var pronoun = false;
        foreach (var reference in analysis.References)
        {
            pronoun |= reference.Kind == ReferenceKind.Pronoun;
            if (reference.Kind is ReferenceKind.Mention or ReferenceKind.Unlisted or ReferenceKind.RoleNoun ||
                (reference.Kind == ReferenceKind.Person && SideOf(reference) != PersonKind.FictionalCharacter))
            {
                return Veto.None;
            }

            characterByFullName |= reference.Kind == ReferenceKind.Person && reference.Length > 1;
        }

        if (pronoun && context.Antecedent is null && context.MessageCount == 0 && !HasWordThatCouldBeAName(analysis))
        {
            // "i bet he is not straight" out of the blue: a pronoun with no one before it and no name anywhere.
            return Veto.UnnamedPronoun;
        }

        return firstQuiet?.Subject.Outcome switch
        {
            // "i'm bi", "as a lesbian…" with a hint word or emoji beside it: the author, and no one else is named.
            SubjectOutcome.Author when onAuthor => Veto.Author,

            // A character: by full name, or with fiction words in the message or the conversation. A lone first
            // name shared with thousands of real people ("rory", "marcus") is left to the model.
            // Not when the message reaches the person who plays or voices the character, or says "irl".
            SubjectOutcome.Fictional when (characterByFullName || analysis.Has(LexiconRole.Fiction) || context.FictionWeight > 0) &&
                !analysis.Has(LexiconRole.RealWorld) && !PerformerWords.Mentioned(analysis.Text) => Veto.Character,
            _ => Veto.None,
        };
    }

    /// <summary>
    /// The author is the one every orientation word is put on: "i'm bi", "as a lesbian", "je suis trans", with the
    /// author's word at most two words before it and nothing but spaces between. Only that is sure enough to overrule
    /// the model. "jess marlow is a lesbi@n, i'd put money on it" has the author in the sentence but not on the word;
    /// "'i'm straight' was written by his PR" quotes someone else's "i" (as do "my aunt said '…'" and "'no straight
    /// man dances like that' - me about X"); "as a bi man i can confirm X is bi" puts the second word on X.
    /// </summary>
    private static bool AuthorLabelsThemself(MessageAnalysis analysis)
    {
        var text = analysis.Text;
        var any = false;
        foreach (var cue in analysis.Cues)
        {
            if (!cue.Entry.IsTrigger || cue.Role is not (LexiconRole.Term or LexiconRole.ComingOutPast or LexiconRole.ComingOut))
            {
                continue;
            }

            if (IsQuoted(analysis.Source, text[cue.Index].SourceStart))
            {
                return false;
            }

            Reference? before = null;
            foreach (var reference in analysis.References)
            {
                if (reference.End <= cue.Index && analysis.ClauseOf(reference.Index) == analysis.ClauseOf(cue.Index))
                {
                    before = reference;
                }
            }

            if (before is not { Kind: ReferenceKind.Self } || cue.Index - before.End > 2)
            {
                return false;
            }

            for (var i = before.End; i <= cue.Index; i++)
            {
                if (text[i].BreakBefore != TokenBreak.None)
                {
                    return false;
                }
            }

            any = true;
        }

        return any;
    }

    /// <summary>A hint word ("dating", "sus", "married"…) that is not itself one of the message's orientation words.</summary>
    private static bool HasHintBesideTheLabels(MessageAnalysis analysis)
    {
        foreach (var hint in analysis.Cues)
        {
            if (hint.Role != LexiconRole.Hint)
            {
                continue;
            }

            var label = false;
            foreach (var cue in analysis.Cues)
            {
                label |= cue.Entry.IsTrigger && cue.Index <= hint.Index && hint.End <= cue.End;
            }

            if (!label)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a position in the message lies between an opening and a closing quotation mark: "…", “…”, «…», „…“,
    /// ‘…’, or straight single quotes that open after a space and close before one (so "i'm" and "kit's" are not quotes).
    /// A typographic apostrophe between two letters ("‘i’m straight’") is an apostrophe, not the closing mark.
    /// </summary>
    internal static bool IsQuoted(string source, int position)
    {
        var open = false;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            var opens = !open && (c is '"' or '“' or '«' or '„' or '‘' || (c == '\'' && (i == 0 || !char.IsLetterOrDigit(source[i - 1]))));
            var closes = open && (c is '"' or '”' or '»' or '“' || (c is '\'' or '’' && !IsApostrophe(source, i)));
            if (i >= position)
            {
                // Inside when a quote is open here and closes later on.
                if (!open)
                {
                    return false;
                }

                if (closes)
                {
                    return true;
                }

                continue;
            }

            if (opens)
            {
                open = true;
            }
            else if (closes)
            {
                open = false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a single quote is an apostrophe rather than a closing mark: a straight one before a letter ("i'm"), a
    /// typographic one between two letters ("i’m", "kit’s"). "‘he’s gay’ lol" closes at its last mark.
    /// </summary>
    private static bool IsApostrophe(string source, int i)
    {
        var letterAfter = i + 1 < source.Length && char.IsLetterOrDigit(source[i + 1]);
        return source[i] == '\'' ? letterAfter : letterAfter && i > 0 && char.IsLetterOrDigit(source[i - 1]);
    }

    /// <summary>
    /// Whether the newest context message used an orientation, identity or closet word: a reply with no cue word of its
    /// own ("married.", "called it", "the way he looks at him tho") then reaches the model, which reads it with that
    /// context. Only the lexicon's scan of that message, unless its whole reading is already at hand (kept on a
    /// <see cref="ContextMessage"/>, or in the per-thread cache for strings), so ordinary chat still allocates nothing.
    /// </summary>
    private bool RepliesToSpeculation(IReadOnlyList<string>? texts, IReadOnlyList<ContextMessage>? prepared)
    {
        if (texts is { Count: > 0 })
        {
            var newest = texts[^1];
            return ContextFactsCache.Peek(newest, Directory) is { } facts ? facts.Speculates : ContextFacts.ScanSpeculates(newest, _lexicon);
        }

        return prepared is { Count: > 0 } && prepared[^1].Speculates(_lexicon);
    }

    /// <summary>True when some word is none of the lexicon's: it may be a name the directory does not know.</summary>
    private bool HasWordThatCouldBeAName(MessageAnalysis analysis)
    {
        var text = analysis.Text;
        for (var i = 0; i < text.Count; i++)
        {
            if (!text[i].IsMention && !_lexicon.IsKnownWord(text, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A name's side: a character when every candidate is one, else a real person.</summary>
    private static PersonKind SideOf(Reference name)
    {
        foreach (var candidate in name.Candidates)
        {
            if (candidate.Kind != PersonKind.FictionalCharacter)
            {
                return PersonKind.RealPerson;
            }
        }

        return PersonKind.FictionalCharacter;
    }

    private static DetectedPerson? FirstRealPerson(MessageAnalysis analysis, ContextReader context)
    {
        foreach (var reference in analysis.References)
        {
            if (RealPersonOf(reference, analysis) is { } person)
            {
                return person;
            }
        }

        return context.Antecedent is { } antecedent ? RealPersonOf(antecedent, null, context.AntecedentSpan) : null;
    }

    private static IReadOnlyList<DetectionReason> PersonReasons(MessageAnalysis analysis, ContextReader context)
    {
        foreach (var reference in analysis.References)
        {
            if (RealPersonOf(reference, analysis) is { } person)
            {
                return [ReasonFor(reference.Kind, analysis.SpanOf(reference.Index, reference.Length), person)];
            }
        }

        if (context.Antecedent is { } antecedent && RealPersonOf(antecedent, null, context.AntecedentSpan) is { } earlier)
        {
            return [new DetectionReason(CueKind.Reference, context.AntecedentSpan ?? string.Empty, $"the message is about {earlier.Name}, named just before")];
        }

        return [];
    }

    private static DetectionReason ReasonFor(ReferenceKind kind, string span, DetectedPerson person) => kind switch
    {
        ReferenceKind.Mention => new(CueKind.MentionedMember, span, "a server member, mentioned: always a real person"),
        ReferenceKind.Unlisted => new(CueKind.UnlistedPerson, span, $"\"{span}\" is a real person in no pack: real-world words right beside the name"),
        _ => new(CueKind.RealWorld, span, $"{person.Name} is a real person"),
    };

    private static DetectedPerson? RealPersonOf(Reference reference, MessageAnalysis? analysis, string? span = null)
    {
        switch (reference.Kind)
        {
            case ReferenceKind.Mention:
                return new DetectedPerson(FormattableString.Invariant($"<@{reference.MentionId}>"), PersonKind.MentionedMember, null, reference.MentionId);
            case ReferenceKind.Unlisted:
                return new DetectedPerson(span ?? analysis?.SpanOf(reference.Index, reference.Length) ?? string.Empty, PersonKind.RealPerson);
            case ReferenceKind.Person:
                foreach (var candidate in reference.Candidates)
                {
                    if (candidate.Kind == PersonKind.RealPerson)
                    {
                        return new DetectedPerson(candidate.Name, PersonKind.RealPerson, candidate.Pack);
                    }
                }

                return null;
            default:
                return null;
        }
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
