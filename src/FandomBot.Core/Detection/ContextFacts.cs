using FandomBot.Core.Detection.Lexicon;
using FandomBot.Core.People;
using FandomBot.Core.Text;

namespace FandomBot.Core.Detection;

/// <summary>
/// What one earlier channel message contributes as context, read once per people directory: how much it talks about
/// fiction or the real world, and the names in it that a later "he"/"she" can refer back to. Immutable, so a
/// <see cref="ContextMessage"/> or the per-thread cache can hand it to any number of later messages.
/// </summary>
internal sealed class ContextFacts
{
    [ThreadStatic]
    private static TokenizedText? t_text;

    private ContextFacts(PeopleDirectory directory, double fiction, double real, ContextName[] names, uint[] units, bool speculates)
    {
        Speculates = speculates;
        Units = units;
        Directory = directory;
        Fiction = fiction;
        Real = real;
        Names = names;
    }

    /// <summary>The directory the names were matched against: facts read for one guild do not serve another.</summary>
    public PeopleDirectory Directory { get; }

    /// <summary>The message used an orientation, identity or closet word: a reply to it may agree with no such word of its own.</summary>
    public bool Speculates { get; }

    public double Fiction { get; }

    public double Real { get; }

    /// <summary>The message's words for the model (names as what they are), read with the message.</summary>
    public uint[] Units { get; }

    /// <summary>Named people, members mentioned and unlisted real people, in message order.</summary>
    public ContextName[] Names { get; }

    /// <summary>
    /// Whether a message used an orientation, identity or closet word (<see cref="Speculates"/>) without reading the
    /// rest of it: the lexicon's scan alone, in a reused buffer, allocating nothing.
    /// </summary>
    public static bool ScanSpeculates(string message, DetectionLexicon lexicon)
    {
        var text = t_text ??= new TokenizedText();
        TextTokenizer.Tokenize(message, text);
        return lexicon.Scan(text, out _);
    }

    /// <summary>Reads one message the way the detector reads context (the whole message, its own language).</summary>
    public static ContextFacts Read(string message, DetectionLexicon lexicon, PeopleDirectory directory)
    {
        var text = t_text ??= new TokenizedText();
        TextTokenizer.Tokenize(message, text);
        var speculates = lexicon.Scan(text, out var languageIndex);

        // Author id 0: a mention of the author is told apart when the facts are used, so one reading serves every author.
        var analysis = MessageAnalysis.BuildForContext(message, text, lexicon, directory, authorId: 0, languageIndex);
        double fiction = 0;
        double real = 0;
        foreach (var cue in analysis.Cues)
        {
            switch (cue.Role)
            {
                case LexiconRole.Fiction:
                    fiction += 1;
                    break;
                case LexiconRole.RealWorld:
                    real += 1.5;
                    break;
                case LexiconRole.RealWorldWeak:
                    real += 0.5;
                    break;
                default:
                    break;
            }
        }

        var count = 0;
        foreach (var reference in analysis.References)
        {
            count += IsName(reference) ? 1 : 0;
        }

        var names = count == 0 ? [] : new ContextName[count];
        var n = 0;
        foreach (var reference in analysis.References)
        {
            if (IsName(reference))
            {
                names[n++] = new ContextName(reference, analysis.SpanOf(reference.Index, reference.Length));
            }
        }

        return new ContextFacts(directory, fiction, real, names, Model.ModelFeatures.ContextUnits(analysis), speculates);
    }

    /// <summary>The reply target Discord reports: a mention with nothing else around it.</summary>
    public static ContextFacts ReplyTarget(PeopleDirectory directory, ulong userId) =>
        new(directory, 0, 0, [new ContextName(new Reference(0, 1, ReferenceKind.Mention, [], userId), FormattableString.Invariant($"<@{userId}>"))], [], speculates: false);

    private static bool IsName(Reference reference) => reference.Kind is ReferenceKind.Person or ReferenceKind.Mention or ReferenceKind.Unlisted;
}
