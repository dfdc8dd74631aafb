namespace FandomBot.Core.Text;

/// <summary>What the tokenizer noticed about a token besides its normalised letters.</summary>
[Flags]
public enum TokenTraits : byte
{
    None = 0,

    /// <summary>A Discord user mention (<c>&lt;@123&gt;</c> or <c>&lt;@!123&gt;</c>); the token has no letters.</summary>
    Mention = 1,

    /// <summary>The first letter was upper case in the original text (a hint that a common word is a name).</summary>
    Capitalised = 2,

    /// <summary>Letters split by spaces or dots (<c>g a y</c>, <c>g.a.y</c>) joined back into one word.</summary>
    JoinedLetters = 4,

    /// <summary>The word began with <c>@</c> (a social handle).</summary>
    Handle = 8,

    /// <summary>The word had evasive spelling: leetspeak, look-alike letters, repeated letters, hidden characters.</summary>
    Disguised = 16,
}
