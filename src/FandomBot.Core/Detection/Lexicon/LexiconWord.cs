namespace FandomBot.Core.Detection.Lexicon;

/// <summary>Everything the lexicon knows about one normalised word, precomputed for the allocation-free scan.</summary>
internal sealed class LexiconWord(LexiconEntry[] phrases, LexiconEntry[] triggers, int languageVotes)
{
    /// <summary>Every phrase that starts with this word, longest first.</summary>
    public LexiconEntry[] Phrases { get; } = phrases;

    /// <summary>The phrases starting with this word that can make a message worth a closer look.</summary>
    public LexiconEntry[] Triggers { get; } = triggers;

    /// <summary>One bit per language (index in <see cref="Languages.All"/>) whose single-word entries include this word.</summary>
    public int LanguageVotes { get; } = languageVotes;
}
