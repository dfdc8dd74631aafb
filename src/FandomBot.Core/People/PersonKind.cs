namespace FandomBot.Core.People;

/// <summary>Who a name refers to.</summary>
public enum PersonKind
{
    /// <summary>A real person from a pack or a guild's own list (or a real person named with real-world words).</summary>
    RealPerson,

    /// <summary>A character of a story.</summary>
    FictionalCharacter,

    /// <summary>A member of the server, mentioned with <c>&lt;@id&gt;</c>: always a real person.</summary>
    MentionedMember,
}
