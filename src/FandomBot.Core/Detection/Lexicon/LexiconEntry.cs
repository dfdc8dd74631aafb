namespace FandomBot.Core.Detection.Lexicon;

/// <summary>One lexicon phrase: its normalised words, role, meaning and language ("*" for words every language uses).</summary>
internal sealed record LexiconEntry(string[] Words, LexiconRole Role, IdentityConcept Concept, string Language, string Phrase)
{
    /// <summary>The language's index in <see cref="Languages.All"/> (English for shared words).</summary>
    public int LanguageIndex { get; } = Languages.IndexOf(Language);

    /// <summary>True for roles that can make a message worth a closer look (the allocation-free gate).</summary>
    public bool IsTrigger => Role is LexiconRole.Term or LexiconRole.Closet or LexiconRole.Beard or LexiconRole.ComingOut
        or LexiconRole.ComingOutFuture or LexiconRole.ComingOutPast or LexiconRole.Gaydar or LexiconRole.Queerbaiting or LexiconRole.Topic;
}
