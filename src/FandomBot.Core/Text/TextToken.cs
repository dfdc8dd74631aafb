namespace FandomBot.Core.Text;

/// <summary>
/// One word of a normalised message. <see cref="Start"/>/<see cref="Length"/> index the normalised characters,
/// <see cref="SourceStart"/>/<see cref="SourceEnd"/> the original text, so reasons can quote what the author wrote.
/// </summary>
public readonly record struct TextToken(
    int Start,
    int Length,
    int SourceStart,
    int SourceEnd,
    TokenTraits Traits,
    TokenBreak BreakBefore,
    ulong MentionId)
{
    public bool IsMention => (Traits & TokenTraits.Mention) != 0;
}
