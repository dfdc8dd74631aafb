using FandomBot.Core.Detection;

namespace FandomBot.Features.Reminders;

/// <summary>
/// The detector's evidence in plain words, by kind only. The detector's own explanations may quote the message, and
/// the mod-log and the "Why this reminder?" answer must never carry message text, so they are built from these.
/// </summary>
internal static class CueExplanations
{
    /// <summary>A sentence for one kind of evidence, or null for kinds that never lead to a reminder.</summary>
    public static string? For(CueKind cue) => cue switch
    {
        CueKind.Orientation => "it put an orientation or gender-identity label on a real person",
        CueKind.Question => "it asked about a real person's orientation or identity",
        CueKind.Guess => "it guessed",
        CueKind.Certainty => "it sounded certain without any source",
        CueKind.Stereotype => "it judged from looks, voice or manner",
        CueKind.Closet => "it talked about a real person being in the closet or having a \"beard\"",
        CueKind.ComingOutExpected => "it expected a real person to come out",
        CueKind.Gaydar => "it relied on \"gaydar\"",
        CueKind.Queerbaiting => "it accused a real person of queerbaiting, which presumes their orientation",
        CueKind.Override => "it put the writer's view over what the person has said about themself",
        CueKind.Fake => "it called a statement or relationship fake or PR",
        CueKind.RealWorld => "the words around the name point at the real person, not a character",
        CueKind.SelfIdentificationOverridden => "it second-guessed how the person publicly describes themself",
        CueKind.MentionedMember => "it was about a member of this server",
        CueKind.UnlistedPerson => "it was about a real person (real-world words beside the name)",
        CueKind.Reference => "\"he\", \"she\" or \"they\" pointed at a real person named just before",
        CueKind.AmbiguousName => "the name belongs to a real person as well as a character",
        CueKind.Disguised => "the words were disguised (look-alike letters or split spelling)",
        CueKind.Wording => "it was worded the way speculation about a real person usually is",
        CueKind.Hint => "it hinted with emoji instead of saying it",
        _ => null,
    };

    /// <summary>The kinds of evidence as a bit mask (fits a button's custom id).</summary>
    public static uint Mask(IEnumerable<DetectionReason> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        uint mask = 0;
        foreach (var reason in reasons)
        {
            if (For(reason.Cue) is not null && (int)reason.Cue < 32)
            {
                mask |= 1u << (int)reason.Cue;
            }
        }

        return mask;
    }

    /// <summary>The sentences of a mask, in the order of <see cref="CueKind"/>.</summary>
    public static IReadOnlyList<string> FromMask(uint mask) =>
        [.. Enum.GetValues<CueKind>().Where(cue => (int)cue < 32 && (mask & (1u << (int)cue)) != 0).Select(For).OfType<string>()];
}
