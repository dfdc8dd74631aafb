namespace FandomBot.Core.Detection;

/// <summary>The detector's answer for one message.</summary>
/// <param name="Remind">True when the message speculates about a real person's orientation or gender identity.</param>
/// <param name="Score">How sure, in [0, 1]; <see cref="Remind"/> is <c>Score &gt;= 0.5</c> with a real person.</param>
/// <param name="Person">Who the message is about, when someone was recognised.</param>
/// <param name="Language">en, es, pt, fr or de (best guess).</param>
/// <param name="Reasons">The evidence, for the remind or the stay-quiet decision.</param>
public sealed record DetectionVerdict(bool Remind, double Score, DetectedPerson? Person, string Language, IReadOnlyList<DetectionReason> Reasons)
{
    private static readonly DetectionVerdict[] QuietByLanguage = [.. Languages.All.Select(l => new DetectionVerdict(false, 0, null, l, []))];

    /// <summary>The shared verdict for a message with no orientation, identity or closet word (no allocation).</summary>
    internal static DetectionVerdict Quiet(int languageIndex) => QuietByLanguage[languageIndex];
}
