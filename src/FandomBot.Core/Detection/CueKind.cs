namespace FandomBot.Core.Detection;

/// <summary>The kinds of evidence the detector reports, each explained to moderators in plain words.</summary>
public enum CueKind
{
    /// <summary>An orientation or gender identity word about a person.</summary>
    Orientation,

    /// <summary>Asking about someone's orientation or identity.</summary>
    Question,

    /// <summary>Guessing words: lowkey, i bet, must be, gotta be.</summary>
    Guess,

    /// <summary>Certainty with no source: obviously, clearly, 100%.</summary>
    Certainty,

    /// <summary>Judging from how someone walks, talks, dresses or acts.</summary>
    Stereotype,

    /// <summary>Closet talk: closeted, in the closet, beard, PR relationship.</summary>
    Closet,

    /// <summary>Expecting someone to come out.</summary>
    ComingOutExpected,

    /// <summary>Gaydar.</summary>
    Gaydar,

    /// <summary>A queerbaiting accusation, which rests on a presumed orientation.</summary>
    Queerbaiting,

    /// <summary>Putting the author's view over what the person said.</summary>
    Override,

    /// <summary>Calling a statement or relationship fake or PR.</summary>
    Fake,

    /// <summary>Real-world words that point at the real person (irl, the actor, interviews).</summary>
    RealWorld,

    /// <summary>Fiction words (character, canon, in the show).</summary>
    Fiction,

    /// <summary>Reporting what the person said publicly.</summary>
    ReportedStatement,

    /// <summary>Matches the person's own public self-identification.</summary>
    SelfIdentificationRepeated,

    /// <summary>Contradicts or second-guesses the person's own public self-identification.</summary>
    SelfIdentificationOverridden,

    /// <summary>The author talks about themself.</summary>
    AboutAuthor,

    /// <summary>The message condemns or discusses speculation.</summary>
    Condemning,

    /// <summary>Orientation words about no one in particular (gay rights, bi visibility day).</summary>
    NoPerson,

    /// <summary>The person is a fictional character.</summary>
    FictionalCharacter,

    /// <summary>A name shared by a real person and a character, with nothing pointing either way.</summary>
    AmbiguousName,

    /// <summary>A real person who is in no pack, recognised from real-world words beside the name.</summary>
    UnlistedPerson,

    /// <summary>A server member mentioned with &lt;@id&gt;.</summary>
    MentionedMember,

    /// <summary>A pronoun that refers to a person named earlier.</summary>
    Reference,

    /// <summary>Disguised spelling (leetspeak, look-alike letters, split or repeated letters).</summary>
    Disguised,

    /// <summary>The model: the message is worded the way speculation about a real person usually is.</summary>
    Wording,

    /// <summary>Hinting emoji (👀, 😏, 🌈) in place of words.</summary>
    Hint,
}
