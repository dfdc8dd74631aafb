using FandomBot.Core.Detection.Lexicon;
using FandomBot.Core.People;

namespace FandomBot.Core.Detection;

/// <summary>A person's own statements in lexicon terms, with the text that cites them; computed once per person.</summary>
internal sealed record StatedIdentity(IdentityConcept Concept, string Sources)
{
    public static StatedIdentity Of(DirectoryPerson person, DetectionLexicon lexicon)
    {
        if (person.DetectionCache is StatedIdentity cached)
        {
            return cached;
        }

        var concept = IdentityConcept.None;
        foreach (var words in person.StatedTermWords)
        {
            concept |= lexicon.ConceptOf(words);
        }

        var sources = string.Join("; ", person.SelfIdentification.Select(s => $"{string.Join(", ", s.Terms)}, {s.SaidOn}, {s.SourceUrl}"));
        var identity = new StatedIdentity(concept, sources);
        person.DetectionCache = identity;
        return identity;
    }
}
