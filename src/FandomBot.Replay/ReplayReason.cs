namespace FandomBot.Replay;

/// <summary>One piece of the detector's evidence, as the replay shows it.</summary>
/// <param name="Kind">The kind of evidence (Orientation, Guess, Closet…).</param>
/// <param name="Span">The words of the message it rests on: message text, so only ever written to the report.</param>
/// <param name="Explanation">A sentence for moderators, without message text.</param>
internal sealed record ReplayReason(string Kind, string Span, string Explanation)
{
    /// <summary>The reason with its words, for the report.</summary>
    public string WithSpan => Span.Length == 0 ? Explanation : $"{Explanation}: \"{Span}\"";
}
