namespace FandomBot.Core.Detection;

/// <summary>The detector's view of one trigger: who it is about, how sure, and why.</summary>
internal sealed record Assessment(Subject Subject, double Score, IReadOnlyList<DetectionReason> Reasons)
{
    public bool IsAboutRealPerson => Subject.Outcome == SubjectOutcome.Real;
}
