using FandomBot.Core.Detection.Lexicon;
using FandomBot.Core.People;
using FandomBot.Core.Text;

namespace FandomBot.Core.Detection.Model;

/// <summary>
/// The features of one message, in this thread's reusable buffers (valid until the next message on the thread):
/// words with recognised names replaced by what they are (a real person, a character, a member…), so that what is
/// learned about one person carries to every other; word pairs (triples were measured and did not pay); character grams for spellings the
/// tokenizer did not undo; hinting emoji; the words of the channel's earlier messages; and every finding of the rules.
/// The trainer and the bot build them with this same code, so they can never disagree.
/// </summary>
internal sealed class ModelFeatures
{
    /// <summary>
    /// The model reads a message's first 64 words (names count as one): chat messages are shorter, and a pasted essay
    /// would otherwise drown the sentence that matters in the sum of its other words. The rules still read it all.
    /// </summary>
    private const int MaxUnits = 64;

    private static readonly System.Buffers.SearchValues<char> QuoteMarks = System.Buffers.SearchValues.Create("\"“”«»„");

    [ThreadStatic]
    private static ModelFeatures? t_features;

    // Context messages are read lazily in the middle of building a message's features: their own buffer.
    [ThreadStatic]
    private static ModelFeatures? t_contextUnits;

    private int[] _features = new int[1024];
    private int _count;

    // Each feature counts once per message (a word said twice is no stronger): the message's stamp marks what is in.
    private int[] _seen = [];
    private int _stamp;

    // The message's units (a word, or a whole recognised name) and the tokens each covers, for explanations.
    private readonly uint[] _unitValue = new uint[MaxUnits];
    private readonly int[] _unitFrom = new int[MaxUnits];
    private readonly int[] _unitTo = new int[MaxUnits];
    private int _units;

    // Word n-gram features and the units they span, to quote the words that weighed most.
    private int[] _ngramFeature = new int[512];
    private int[] _ngramFrom = new int[512];
    private int[] _ngramTo = new int[512];
    private int _ngrams;

    private ModelFeatures()
    {
    }

    public ReadOnlySpan<int> Features => _features.AsSpan(0, _count);

    /// <summary>Builds the features of a message the rules have read.</summary>
    /// <param name="bestAt">Where the rules' strongest label on a real person stands (-1 for none): in a long message the
    /// model reads that sentence and the one before it, not the whole message.</param>
    public static ModelFeatures Build(int mask, MessageAnalysis analysis, ContextReader context, int languageIndex, Assessment? best, Assessment? quiet, bool hadTrigger, int bestAt)
    {
        var f = t_features ??= new ModelFeatures();
        f._count = 0;
        f._ngrams = 0;
        if (f._seen.Length != mask + 1)
        {
            f._seen = new int[mask + 1];
            f._stamp = 0;
        }

        if (++f._stamp == int.MaxValue)
        {
            Array.Clear(f._seen);
            f._stamp = 1;
        }

        var text = analysis.Text;

        f.FillUnits(analysis, Window(analysis, bestAt));
        f.AddWordGrams(mask);
        f.AddCharacterGrams(mask, text);

        for (var bit = 0; bit < CueEmojis.Count; bit++)
        {
            if (((int)text.Emoji & (1 << bit)) != 0)
            {
                f.Add(mask, FeatureFamily.Emoji, bit);
            }
        }

        f.Add(mask, FeatureFamily.Language, languageIndex);
        if (analysis.Source.AsSpan().IndexOfAny(QuoteMarks) >= 0)
        {
            // Quoting someone is how condemnation, stories and approving quotes repeat the speculation they are about.
            f.Add(mask, FeatureFamily.Rule, 6);
        }
        f.Add(mask, FeatureFamily.Rule, text.HasQuestionMark ? 1 : 2);
        if (text.HasDisguisedWord)
        {
            f.Add(mask, FeatureFamily.Rule, 3);
        }

        f.Add(mask, FeatureFamily.Rule, hadTrigger ? 4 : 5);
        double fiction = 0;
        double real = 0;
        foreach (var cue in analysis.Cues)
        {
            f.Add(mask, FeatureFamily.CueRole, (int)cue.Role);
            fiction += cue.Role == LexiconRole.Fiction ? 1 : 0;
            real += cue.Role == LexiconRole.RealWorld ? 1 : cue.Role == LexiconRole.RealWorldWeak ? 0.5 : 0;
        }

        // How much the message itself talks about fiction or the real world (the context's share is added below).
        f.Add(mask, FeatureFamily.Rule, 40 + Math.Min(3, (int)Math.Ceiling(fiction)));
        f.Add(mask, FeatureFamily.Rule, 50 + Math.Min(3, (int)Math.Ceiling(real)));

        if (best is not null)
        {
            f.Add(mask, FeatureFamily.Rule, 100 + Math.Clamp((int)(best.Score * 5), 0, 4));
            f.Add(mask, FeatureFamily.Rule, 200 + (int)best.Subject.Outcome);
            foreach (var reason in best.Reasons)
            {
                f.Add(mask, FeatureFamily.ReasonKind, (int)reason.Cue);
            }
        }
        else if (quiet is not null)
        {
            f.Add(mask, FeatureFamily.Rule, 300 + (int)quiet.Subject.Outcome);
            foreach (var reason in quiet.Reasons)
            {
                f.Add(mask, FeatureFamily.ReasonKind, 1000 + (int)reason.Cue);
            }
        }

        foreach (var reference in analysis.References)
        {
            f.Add(mask, FeatureFamily.Reference, (int)reference.Kind * 10 + SideOf(reference));
        }

        f.AddCuesWithTheirSubjects(mask, analysis, context);
        f.AddContext(mask, context);
        return f;
    }

    /// <summary>
    /// The words that weighed most towards a reminder, as the author wrote them, or null when none did: a word pair
    /// when one weighs towards it (two words say more to a moderator than one), else a single word.
    /// </summary>
    public string? StrongestWording(DetectorModel model, MessageAnalysis analysis)
    {
        var (from, to) = Strongest(model, pairs: true);
        if (from < 0)
        {
            (from, to) = Strongest(model, pairs: false);
        }

        return from < 0 ? null : analysis.SpanOf(from, to - from);
    }

    private (int From, int To) Strongest(DetectorModel model, bool pairs)
    {
        var best = 0f;
        var from = -1;
        var to = -1;
        for (var k = 0; k < _ngrams; k++)
        {
            if ((_ngramTo[k] > _ngramFrom[k]) != pairs)
            {
                continue;
            }

            var w = model.Weight(_ngramFeature[k]);
            if (w > best)
            {
                best = w;
                from = _unitFrom[_ngramFrom[k]];
                to = _unitTo[_ngramTo[k]];
            }
        }

        return (from, to);
    }

    /// <summary>The unit values of a context message (words, and names as what they are), kept on its facts.</summary>
    public static uint[] ContextUnits(MessageAnalysis analysis)
    {
        var f = t_contextUnits ??= new ModelFeatures();
        f.FillUnits(analysis, (0, analysis.Text.Count));
        return f._unitValue.AsSpan(0, f._units).ToArray();
    }

    /// <summary>The tokens the model reads: all of a message, or, past <see cref="MaxUnits"/> words, the sentence of the rules' label and the one before.</summary>
    private static (int From, int To) Window(MessageAnalysis analysis, int at)
    {
        var count = analysis.Text.Count;
        if (at < 0 || count <= MaxUnits)
        {
            return (0, count);
        }

        var sentence = analysis.SentenceOf(at);
        var from = at;
        while (from > 0 && analysis.SentenceOf(from - 1) >= sentence - 1)
        {
            from--;
        }

        var to = at;
        while (to < count && analysis.SentenceOf(to) == sentence)
        {
            to++;
        }

        return (from, to);
    }

    private void FillUnits(MessageAnalysis analysis, (int From, int To) window)
    {
        var text = analysis.Text;
        _units = 0;
        var i = window.From;
        while (i < window.To && _units < MaxUnits)
        {
            var reference = ReferenceAt(analysis, i);
            uint value;
            var length = 1;
            if (reference is not null && reference.Kind is ReferenceKind.Person or ReferenceKind.Mention or ReferenceKind.Unlisted or ReferenceKind.Self && (reference.Kind != ReferenceKind.Self || text[i].IsMention))
            {
                value = PlaceholderValue(reference);
                length = reference.Length;
            }
            else
            {
                value = FeatureHasher.Add(FeatureHasher.UnitSeed, text.Word(i));
            }

            _unitValue[_units] = value;
            _unitFrom[_units] = i;
            _unitTo[_units] = i + length;
            _units++;
            i += length;
        }
    }

    private static Reference? ReferenceAt(MessageAnalysis analysis, int index)
    {
        foreach (var reference in analysis.References)
        {
            if (reference.Index == index)
            {
                return reference;
            }
        }

        return null;
    }

    private static uint PlaceholderValue(Reference reference) =>
        FeatureHasher.Add(FeatureHasher.UnitSeed, (int)reference.Kind * 10 + SideOf(reference) + 0x7000);

    /// <summary>For a name: 1 real only, 2 fictional only, 3 both; 0 for anything else.</summary>
    private static int SideOf(Reference reference)
    {
        if (reference.Kind != ReferenceKind.Person)
        {
            return 0;
        }

        var real = false;
        var fictional = false;
        foreach (var candidate in reference.Candidates)
        {
            real |= candidate.Kind != PersonKind.FictionalCharacter;
            fictional |= candidate.Kind == PersonKind.FictionalCharacter;
        }

        return (real ? 1 : 0) + (fictional ? 2 : 0);
    }

    private void AddWordGrams(int mask)
    {
        var start = FeatureHasher.Add(FeatureHasher.UnitSeed, "<s>");
        for (var u = 0; u < _units; u++)
        {
            var value = _unitValue[u];
            AddNgram(mask, FeatureHasher.Add(FeatureHasher.Start(FeatureFamily.Word), (int)value), u, u);
            var previous = u > 0 ? _unitValue[u - 1] : start;
            AddNgram(mask, FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Start(FeatureFamily.WordPair), (int)previous), (int)value), Math.Max(0, u - 1), u);
        }
    }

    private void AddNgram(int mask, uint hash, int fromUnit, int toUnit)
    {
        var index = FeatureHasher.Index(hash, mask);
        Append(index);
        if (_ngrams == _ngramFeature.Length)
        {
            Array.Resize(ref _ngramFeature, _ngrams * 2);
            Array.Resize(ref _ngramFrom, _ngrams * 2);
            Array.Resize(ref _ngramTo, _ngrams * 2);
        }

        _ngramFeature[_ngrams] = index;
        _ngramFrom[_ngrams] = fromUnit;
        _ngramTo[_ngrams] = toUnit;
        _ngrams++;
    }

    /// <summary>Character 4-grams of each word ("_gay", "gay_"), for spellings and word forms the lexicon lacks.</summary>
    private void AddCharacterGrams(int mask, TokenizedText text)
    {
        Span<char> padded = stackalloc char[34];
        for (var u = 0; u < _units; u++)
        {
            if (_unitTo[u] - _unitFrom[u] != 1 || text[_unitFrom[u]].IsMention)
            {
                continue;
            }

            var word = text.Word(_unitFrom[u]);
            if (word.Length < 3 || word.Length > 32)
            {
                continue;
            }

            padded[0] = '_';
            word.CopyTo(padded[1..]);
            padded[word.Length + 1] = '_';
            var gram = padded[..(word.Length + 2)];
            for (var k = 0; k + 4 <= gram.Length; k++)
            {
                Append(FeatureHasher.Index(FeatureHasher.Add(FeatureHasher.Start(FeatureFamily.CharacterGram), gram.Slice(k, 4)), mask));
            }
        }
    }

    /// <summary>
    /// Each cue (and each hint word) paired with who its clause is about: "dating" beside two real names is not
    /// "dating" beside two characters, and a label beside a pronoun means what the pronoun points to.
    /// </summary>
    private void AddCuesWithTheirSubjects(int mask, MessageAnalysis analysis, ContextReader context)
    {
        var text = analysis.Text;
        foreach (var cue in analysis.Cues)
        {
            if (cue.Role is LexiconRole.FunctionWord or LexiconRole.Copula or LexiconRole.Pronoun or LexiconRole.Self or LexiconRole.Generic or LexiconRole.SecondPerson)
            {
                continue;
            }

            var clause = analysis.ClauseOf(cue.Index);
            var (subject, realNames) = ClauseSubject(analysis, clause, context);
            Append(FeatureHasher.Index(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Start(FeatureFamily.CueSubject), (int)cue.Role), subject), mask));
            if (realNames > 1)
            {
                Append(FeatureHasher.Index(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Start(FeatureFamily.CueSubject), (int)cue.Role), 99), mask));
            }

            if (cue.Role == LexiconRole.Hint)
            {
                var word = FeatureHasher.Add(FeatureHasher.UnitSeed, text.Word(cue.Index));
                Append(FeatureHasher.Index(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Start(FeatureFamily.HintSubject), (int)word), subject), mask));
            }
        }
    }

    /// <summary>Who a clause is about, as a code (a real name outranks a shared one, a character, a pronoun…), and how many real names it holds.</summary>
    private static (int Subject, int RealNames) ClauseSubject(MessageAnalysis analysis, int clause, ContextReader context)
    {
        var best = 0;
        var rank = 0;
        var realNames = 0;
        foreach (var reference in analysis.References)
        {
            if (analysis.ClauseOf(reference.Index) != clause)
            {
                continue;
            }

            var (code, r) = reference.Kind switch
            {
                ReferenceKind.Person => SideOf(reference) switch { 1 => (1, 9), 3 => (3, 7), _ => (2, 6) },
                ReferenceKind.Mention => (4, 9),
                ReferenceKind.Unlisted => (5, 8),
                ReferenceKind.Pronoun => (context.Antecedent is { } a ? 10 + (a.Kind == ReferenceKind.Person ? SideOf(a) : 4 + (int)a.Kind) : 19, 5),
                ReferenceKind.RoleNoun => (8, 4),
                ReferenceKind.SecondPerson => (9, 3),
                ReferenceKind.Self => (6, 2),
                _ => (7, 1),
            };
            realNames += code is 1 or 4 or 5 ? 1 : 0;
            if (r > rank)
            {
                rank = r;
                best = code;
            }
        }

        return (best, realNames);
    }

    private void AddContext(int mask, ContextReader context)
    {
        var messages = context.MessageCount;
        if (messages == 0)
        {
            Add(mask, FeatureFamily.Reference, 900);
            return;
        }

        if (context.Antecedent is { } antecedent)
        {
            Add(mask, FeatureFamily.Reference, 500 + (int)antecedent.Kind * 10 + SideOf(antecedent));
        }

        Add(mask, FeatureFamily.Reference, 600 + Math.Min(3, (int)context.FictionWeight));
        Add(mask, FeatureFamily.Reference, 700 + Math.Min(3, (int)context.RealWeight));
        for (var m = 0; m < messages; m++)
        {
            foreach (var value in context.FactsAt(m).Units)
            {
                Append(FeatureHasher.Index(FeatureHasher.Add(FeatureHasher.Start(FeatureFamily.ContextWord), (int)value), mask));
            }
        }
    }

    private void Add(int mask, FeatureFamily family, int value) =>
        Append(FeatureHasher.Index(FeatureHasher.Add(FeatureHasher.Start(family), value), mask));

    private void Append(int index)
    {
        if (_seen[index] == _stamp)
        {
            return;
        }

        _seen[index] = _stamp;
        if (_count == _features.Length)
        {
            Array.Resize(ref _features, _count * 2);
        }

        _features[_count++] = index;
    }
}
