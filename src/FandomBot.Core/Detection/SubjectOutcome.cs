namespace FandomBot.Core.Detection;

/// <summary>Who an orientation word turned out to be about.</summary>
internal enum SubjectOutcome
{
    /// <summary>No one: no name, or a pronoun with nothing to refer to.</summary>
    NoOne,

    /// <summary>The author.</summary>
    Author,

    /// <summary>People in general.</summary>
    Generic,

    /// <summary>A fictional character (or a real name used for their role).</summary>
    Fictional,

    /// <summary>A name shared by a real person and a character, with nothing pointing either way.</summary>
    Ambiguous,

    /// <summary>A real person: from a pack, the guild's list, a mention, or an unlisted name beside real-world words.</summary>
    Real,
}
