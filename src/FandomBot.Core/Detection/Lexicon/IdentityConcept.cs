namespace FandomBot.Core.Detection.Lexicon;

/// <summary>What an orientation or identity word means, so a message can be compared with a person's own words.</summary>
[Flags]
internal enum IdentityConcept : ushort
{
    None = 0,
    Gay = 1,
    Lesbian = 2,
    Bi = 4,
    Pan = 8,
    Queer = 16,
    Straight = 32,
    Trans = 64,
    NonBinary = 128,
    Ace = 256,
    Aro = 512,

    /// <summary>Attraction without a label ("into girls"): never contradicts a statement by itself.</summary>
    Attraction = 1024,
}
