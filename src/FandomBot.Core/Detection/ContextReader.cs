using FandomBot.Core.Detection.Lexicon;
using FandomBot.Core.People;
using FandomBot.Core.Text;

namespace FandomBot.Core.Detection;

/// <summary>
/// Reads the channel's recent messages (oldest first) only when a pronoun needs an antecedent or a shared name needs
/// a side: the last person named, and how much the conversation talks about fiction or the real world.
/// </summary>
internal sealed class ContextReader(IReadOnlyList<string> context, DetectionLexicon lexicon, PeopleDirectory directory, ulong authorId)
{
    /// <summary>The caller filters to 10 messages within 5 minutes; more are ignored.</summary>
    private const int MaxMessages = 10;

    private bool _read;
    private Reference? _antecedent;
    private double _fiction;
    private double _real;

    /// <summary>The last person or member named in the context (newest message first, last name in it).</summary>
    public Reference? Antecedent
    {
        get
        {
            Read();
            return _antecedent;
        }
    }

    /// <summary>The context's name as written.</summary>
    public string? AntecedentSpan { get; private set; }

    public double FictionWeight
    {
        get
        {
            Read();
            return _fiction;
        }
    }

    public double RealWeight
    {
        get
        {
            Read();
            return _real;
        }
    }

    private void Read()
    {
        if (_read)
        {
            return;
        }

        _read = true;
        var first = Math.Max(0, context.Count - MaxMessages);
        for (var m = context.Count - 1; m >= first; m--)
        {
            var message = context[m] ?? string.Empty;
            var text = new TokenizedText();
            TextTokenizer.Tokenize(message, text);
            lexicon.Scan(text, out var languageIndex);
            var analysis = MessageAnalysis.Build(message, text, lexicon, directory, authorId, languageIndex);
            foreach (var cue in analysis.Cues)
            {
                switch (cue.Role)
                {
                    case LexiconRole.Fiction:
                        _fiction += 1;
                        break;
                    case LexiconRole.RealWorld:
                        _real += 1.5;
                        break;
                    case LexiconRole.RealWorldWeak:
                        _real += 0.5;
                        break;
                    default:
                        break;
                }
            }

            if (_antecedent is not null)
            {
                continue;
            }

            for (var r = analysis.References.Count - 1; r >= 0; r--)
            {
                var reference = analysis.References[r];
                if (reference.Kind is ReferenceKind.Person or ReferenceKind.Mention or ReferenceKind.Unlisted)
                {
                    _antecedent = reference;
                    AntecedentSpan = analysis.SpanOf(reference.Index, reference.Length);
                    break;
                }
            }
        }
    }
}
