using FandomBot.Core.People;

namespace FandomBot.Core.Detection;

/// <summary>The resolved subject of one trigger, with the notes that explain how it was found.</summary>
internal sealed record Subject(SubjectOutcome Outcome, DetectedPerson? Person, DirectoryPerson? Entry, IReadOnlyList<DetectionReason> Notes)
{
    public static Subject NoOne(params IReadOnlyList<DetectionReason> notes) => new(SubjectOutcome.NoOne, null, null, notes);
}
