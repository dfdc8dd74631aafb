using FandomBot.Core.Detection.Lexicon;
using FandomBot.Core.People;

namespace FandomBot.Core.Detection;

/// <summary>
/// Reads the channel's recent messages (oldest first) only when a pronoun needs an antecedent or a shared name needs
/// a side: the last person named, and how much the conversation talks about fiction or the real world. Each message
/// is read once and its facts reused (<see cref="ContextMessage"/>, or the per-thread cache for plain strings).
/// </summary>
internal sealed class ContextReader
{
    /// <summary>The caller filters to 10 messages within 5 minutes; more are ignored.</summary>
    private const int MaxMessages = 10;

    [ThreadStatic]
    private static ContextReader? t_reader;

    private IReadOnlyList<string>? _texts;
    private IReadOnlyList<ContextMessage>? _prepared;
    private ulong _replyTarget;
    private DetectionLexicon _lexicon;
    private PeopleDirectory _directory;
    private ulong _authorId;

    private bool _read;
    private Reference? _antecedent;
    private string? _antecedentSpan;
    private double _fiction;
    private double _real;

    /// <param name="texts">Context as strings (or null).</param>
    /// <param name="prepared">Context as prepared messages (or null).</param>
    /// <param name="replyTarget">A reply's target, counted as the newest context message; 0 for none.</param>
    public ContextReader(IReadOnlyList<string>? texts, IReadOnlyList<ContextMessage>? prepared, ulong replyTarget, DetectionLexicon lexicon, PeopleDirectory directory, ulong authorId)
    {
        _lexicon = lexicon;
        _directory = directory;
        Reset(texts, prepared, replyTarget, lexicon, directory, authorId);
    }

    /// <summary>
    /// This thread's reader, reset for a new message: valid until the next message on the thread (the detector's
    /// verdict keeps nothing of it), so a message that reaches the model costs no reader allocation.
    /// </summary>
    public static ContextReader ForThisThread(IReadOnlyList<string>? texts, IReadOnlyList<ContextMessage>? prepared, ulong replyTarget, DetectionLexicon lexicon, PeopleDirectory directory, ulong authorId)
    {
        var reader = t_reader ??= new ContextReader(texts, prepared, replyTarget, lexicon, directory, authorId);
        reader.Reset(texts, prepared, replyTarget, lexicon, directory, authorId);
        return reader;
    }

    private void Reset(IReadOnlyList<string>? texts, IReadOnlyList<ContextMessage>? prepared, ulong replyTarget, DetectionLexicon lexicon, PeopleDirectory directory, ulong authorId)
    {
        _texts = texts;
        _prepared = prepared;
        _replyTarget = replyTarget;
        _lexicon = lexicon;
        _directory = directory;
        _authorId = authorId;
        _read = false;
        _antecedent = null;
        _antecedentSpan = null;
        _fiction = 0;
        _real = 0;
    }

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
    public string? AntecedentSpan
    {
        get
        {
            Read();
            return _antecedentSpan;
        }
    }

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

    /// <summary>How many earlier messages (and a reply target) count as context.</summary>
    public int MessageCount
    {
        get
        {
            var count = (_texts?.Count ?? _prepared?.Count ?? 0) + (_replyTarget != 0 ? 1 : 0);
            return Math.Min(count, MaxMessages);
        }
    }

    /// <summary>The facts of context message <paramref name="k"/> of <see cref="MessageCount"/>, oldest first.</summary>
    public ContextFacts FactsAt(int k)
    {
        var given = _texts?.Count ?? _prepared?.Count ?? 0;
        var count = given + (_replyTarget != 0 ? 1 : 0);
        return FactsOf(Math.Max(0, count - MaxMessages) + k, given);
    }

    private void Read()
    {
        if (_read)
        {
            return;
        }

        _read = true;
        var given = _texts?.Count ?? _prepared?.Count ?? 0;
        var count = given + (_replyTarget != 0 ? 1 : 0);
        var first = Math.Max(0, count - MaxMessages);
        for (var m = count - 1; m >= first; m--)
        {
            var facts = FactsOf(m, given);
            _fiction += facts.Fiction;
            _real += facts.Real;
            if (_antecedent is not null)
            {
                continue;
            }

            for (var r = facts.Names.Length - 1; r >= 0; r--)
            {
                var name = facts.Names[r];
                if (name.Reference.Kind == ReferenceKind.Mention && name.Reference.MentionId == _authorId && _authorId != 0)
                {
                    // The author mentioning themself is not someone else to refer back to.
                    continue;
                }

                _antecedent = name.Reference;
                _antecedentSpan = name.Span;
                break;
            }
        }
    }

    private ContextFacts FactsOf(int index, int given)
    {
        if (index == given)
        {
            return ContextFacts.ReplyTarget(_directory, _replyTarget);
        }

        return _texts is not null
            ? ContextFactsCache.Get(_texts[index] ?? string.Empty, _lexicon, _directory)
            : _prepared![index]?.FactsFor(_lexicon, _directory) ?? ContextFactsCache.Get(string.Empty, _lexicon, _directory);
    }
}
