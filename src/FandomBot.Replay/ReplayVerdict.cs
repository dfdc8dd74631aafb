namespace FandomBot.Replay;

/// <summary>The detector's answer in the replay's own terms, so the replay does not depend on the detector's types.</summary>
/// <param name="Remind">Whether the bot would remind.</param>
/// <param name="Score">How sure, 0 to 1.</param>
/// <param name="Person">Who the message is about, when someone was recognised.</param>
/// <param name="Pack">The fandom pack that named them.</param>
/// <param name="Language">The message's language (best guess).</param>
/// <param name="Reasons">The evidence.</param>
/// <param name="PersonUserId">The member's id when the message is about a mentioned member.</param>
internal sealed record ReplayVerdict(bool Remind, double Score, string? Person, string? Pack, string Language, IReadOnlyList<ReplayReason> Reasons, ulong? PersonUserId = null)
{
    public static readonly ReplayVerdict Quiet = new(false, 0, null, null, "en", []);
}
