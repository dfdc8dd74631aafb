using FandomBot.Core.Detection;
using FandomBot.Core.People;

namespace FandomBot.Core.Tests.Detection;

/// <summary>
/// Small packs for unit tests, independent of the shipped <c>config/fandoms</c> files. Kit Connor's entry uses his
/// public statement; the other real names carry no self-identification. "Charlie Marsh" is an invented crew member who
/// shares a first name with the character Charlie Spring.
/// </summary>
internal static class TestPacks
{
    public const string Heartstopper = """
        {
          "name": "heartstopper",
          "display_name": "Heartstopper",
          "kind": "tv-series",
          "description": "Test pack",
          "real_people": [
            { "name": "Kit Connor", "aliases": ["Kit", "Connor", "kit_connor", "@kitconnor"], "roles": ["actor"],
              "self_identification": [ { "terms": ["bi"], "said_on": "2022-10-31", "source_url": "https://twitter.com/kit_connor/status/1587218539236188160", "note": "i'm bi" } ] },
            { "name": "Corinna Brown", "aliases": ["Corinna", "Brown"], "roles": ["actor"] },
            { "name": "Charlie Marsh", "aliases": ["Charlie", "Marsh"], "roles": ["editor"] },
            { "name": "Will Gao", "aliases": ["Will", "Gao"], "roles": ["actor"] },
            { "name": "Joe Locke", "aliases": ["Joe", "Locke"], "roles": ["actor"] }
          ],
          "fictional_characters": [
            { "name": "Nick Nelson", "aliases": ["Nick", "Nelson"], "canon_identity": ["bi"], "portrayed_by": ["Kit Connor"] },
            { "name": "Charlie Spring", "aliases": ["Charlie", "Spring"], "canon_identity": ["gay"], "portrayed_by": ["Joe Locke"] },
            { "name": "Tara Jones", "aliases": ["Tara"], "canon_identity": ["lesbian"], "portrayed_by": ["Corinna Brown"] }
          ]
        }
        """;

    public const string Band = """
        {
          "name": "test-band",
          "display_name": "Test Band",
          "kind": "band",
          "real_people": [
            { "name": "Rowan Vale", "aliases": ["Rowan", "Vale"], "roles": ["singer"],
              "self_identification": [ { "terms": ["pansexual"], "said_on": "2021", "source_url": "https://example.org/interview" } ] }
          ]
        }
        """;

    private static readonly Lazy<PeopleDirectory> SharedDirectory = new(() => PeopleDirectory.FromPacks(
        [FandomPackParser.Parse(Heartstopper, "heartstopper.json"), FandomPackParser.Parse(Band, "test-band.json")]));

    public static PeopleDirectory Directory => SharedDirectory.Value;

    public static SpeculationDetector Detector { get; } = new(Directory);
}
