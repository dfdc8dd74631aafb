namespace FandomBot.Core.Detection;

/// <summary>One piece of evidence: what kind, the words of the message it rests on, and a moderator-facing sentence.</summary>
/// <param name="Cue">The kind of evidence.</param>
/// <param name="Span">The words as the author wrote them (empty when the reason is about the whole message).</param>
/// <param name="Explanation">A short sentence a moderator understands.</param>
public sealed record DetectionReason(CueKind Cue, string Span, string Explanation)
{
    public override string ToString() => Span.Length == 0 ? Explanation : $"{Explanation}: \"{Span}\"";
}
