namespace FandomBot.Core.Text;

/// <summary>The punctuation between a token and the one before it, used to split a message into clauses.</summary>
public enum TokenBreak : byte
{
    /// <summary>Only spaces (or nothing) between the two words.</summary>
    None,

    /// <summary>A comma, colon, dash or bracket: same sentence, loosely joined.</summary>
    Soft,

    /// <summary>A full stop, exclamation mark, semicolon or line break: a new sentence.</summary>
    Hard,

    /// <summary>A question mark: the sentence before it was a question.</summary>
    Question,
}
