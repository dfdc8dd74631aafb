namespace FandomBot.Core.Detection;

/// <summary>What kind of word can be the subject of an orientation word.</summary>
internal enum ReferenceKind
{
    /// <summary>A name from the people directory.</summary>
    Person,

    /// <summary>A Discord user mention.</summary>
    Mention,

    /// <summary>he, she, they… (resolved to a person named before).</summary>
    Pronoun,

    /// <summary>The author: i, me, as a…</summary>
    Self,

    /// <summary>People in general: anyone, someone, people…</summary>
    Generic,

    /// <summary>you, tu, du: the mentioned member when there is one, otherwise people in general.</summary>
    SecondPerson,

    /// <summary>the actor, the singer: refers back to the real person named before.</summary>
    RoleNoun,

    /// <summary>A name in no pack, right beside real-world words ("the actor marlowe fenwick", "marlowe irl").</summary>
    Unlisted,
}
