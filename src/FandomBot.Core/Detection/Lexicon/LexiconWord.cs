using FandomBot.Core.Text;

namespace FandomBot.Core.Detection.Lexicon;

/// <summary>Everything the lexicon knows about one normalised word, precomputed for the allocation-free scan.</summary>
internal sealed class LexiconWord(LexiconEntry[] phrases, LexiconEntry[] triggers, int languageVotes)
{
    /// <summary>Every phrase that starts with this word, longest first.</summary>
    public LexiconEntry[] Phrases { get; } = phrases;

    /// <summary>The phrases starting with this word that can make a message worth a closer look.</summary>
    public LexiconEntry[] Triggers { get; } = triggers;

    /// <summary>The word-table slot of each word of each phrase in <see cref="Phrases"/> (set once when the table is built).</summary>
    public int[][] PhraseSlots { get; private set; } = [];

    /// <summary>The word-table slot of each word of each phrase in <see cref="Triggers"/>.</summary>
    public int[][] TriggerSlots { get; private set; } = [];

    /// <summary>Fills <see cref="PhraseSlots"/> and <see cref="TriggerSlots"/> from the finished table; called once, before the lexicon is shared.</summary>
    public void LinkSlots(WordTable<LexiconWord> table)
    {
        PhraseSlots = [.. Phrases.Select(p => SlotsOf(p, table))];
        TriggerSlots = [.. Triggers.Select(p => SlotsOf(p, table))];
    }

    private static int[] SlotsOf(LexiconEntry entry, WordTable<LexiconWord> table) => [.. entry.Words.Select(w => table.SlotOf(w))];

    /// <summary>
    /// True when the word alone can carry speculation without a trigger (a <see cref="LexiconRole.Hint"/>, or a
    /// stereotype, override or "fake" word): the message goes to the model. Guessing, certainty and real-world words
    /// ("maybe", "so", "interview") are left out: they fill ordinary chat about real people and, alone, carry nothing.
    /// </summary>
    public bool IsHint { get; } = phrases.Any(p => p.Words.Length == 1 && p.Role is LexiconRole.Hint or LexiconRole.Stereotype or LexiconRole.Override or LexiconRole.Fake);

    /// <summary>One bit per language (index in <see cref="Languages.All"/>) whose single-word entries include this word.</summary>
    public int LanguageVotes { get; } = languageVotes;
}
