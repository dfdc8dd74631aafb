using FandomBot.Core.Detection.Lexicon;
using FandomBot.Core.People;

namespace FandomBot.Core.Detection;

/// <summary>A person's own statements in lexicon terms, with the text that cites them; computed once per person.</summary>
internal sealed record StatedIdentity(IdentityConcept Concept, string Sources, string Matches, string Contradicts, string Guessed)
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
        var identity = new StatedIdentity(
            concept,
            sources,
            $"matches what {person.Name} said of themself ({sources})",
            $"contradicts what {person.Name} said of themself ({sources})",
            $"arrives at it by guessing or vibes, not from what {person.Name} said ({sources})");
        person.DetectionCache = identity;
        return identity;
    }
}
