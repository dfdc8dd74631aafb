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
}
