using FandomBot.Core.Detection.Lexicon;
using FandomBot.Core.People;

namespace FandomBot.Core.Detection;

/// <summary>
/// A channel message kept as context for the messages after it. Keep one per message in the channel's ring and pass
/// the same instances to <see cref="SpeculationDetector.EvaluateInContext"/>:
/// the detector reads (tokenises and analyses) each one at most once per people directory, only when a later message
/// needs context, however many later messages look back at it. Thread-safe.
/// </summary>
public sealed class ContextMessage
{
    private ContextFacts? _facts;

    // Whether the message used an orientation, identity or closet word: 0 not yet known, 1 no, 2 yes.
    private int _speculates;

    /// <summary>Wraps a message's text; nothing is read until a later message needs it.</summary>
    public ContextMessage(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>The message as written.</summary>
    public string Text { get; }

    /// <summary>
    /// Whether the message used an orientation, identity or closet word: from its reading when there is one, else from
    /// the lexicon's scan alone, kept for the next message (the word lists are the same for every directory).
    /// </summary>
    internal bool Speculates(DetectionLexicon lexicon)
    {
        if (Volatile.Read(ref _facts) is { } facts)
        {
            return facts.Speculates;
        }

        var known = Volatile.Read(ref _speculates);
        if (known == 0)
        {
            known = ContextFacts.ScanSpeculates(Text, lexicon) ? 2 : 1;
            Volatile.Write(ref _speculates, known);
        }

        return known == 2;
    }

    internal ContextFacts FactsFor(DetectionLexicon lexicon, PeopleDirectory directory)
    {
        // Two threads may both read it the first time; either result is the same, and the last one written is kept.
        if (Volatile.Read(ref _facts) is { } cached && ReferenceEquals(cached.Directory, directory))
        {
            return cached;
        }

        var facts = ContextFacts.Read(Text, lexicon, directory);
        Volatile.Write(ref _facts, facts);
        return facts;
    }
}
