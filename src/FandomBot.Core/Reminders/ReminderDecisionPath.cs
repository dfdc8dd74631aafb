namespace FandomBot.Core.Reminders;

/// <summary>
/// The steps every message takes towards a reminder, in this order, for the live bot and the dry run alike:
/// <list type="number">
/// <item><see cref="Screen"/>: the policy's gate without cooldowns (bots, direct messages, reminders off, channel
/// scope with threads under their parent, exempt roles);</item>
/// <item><see cref="HoldsAsContext"/>: whether the text joins the channel's context ring (taken for this message
/// first, then added, so the detector reads the messages before it);</item>
/// <item><see cref="DetectorMentions"/> and the detector, when <see cref="NeedsDetector"/>;</item>
/// <item><see cref="CoolingDown"/> before the detector and <see cref="TryClaim"/> after a "remind": the member's
/// cooldown, which is the only step that depends on earlier decisions.</item>
/// </list>
/// The steps are separate functions rather than one method because the dry run runs the first three on its reading
/// thread and the last on its judging thread; the live bot runs them one after another. No step allocates except
/// <see cref="DetectorMentions"/> for a message that mentions someone or replies.
/// </summary>
public static class ReminderDecisionPath
{
    /// <summary>Step 1: the gate with nobody cooling down. Anything but <see cref="ReminderGate.Open"/> is final.</summary>
    public static ReminderGate Screen(ReminderSettings settings, MessageFacts facts) => ReminderPolicy.CheckWithoutCooldowns(settings, facts);

    /// <summary>
    /// Step 2: whether the text is remembered as its channel's context. Everything written in a channel where
    /// reminders apply is context, gated or not (a bot's quote naming someone, an exempt moderator's message): "he"
    /// in the next line may mean the person named there. Where reminders are off or the channel is out of scope the
    /// bot does not even hold the text.
    /// </summary>
    /// <remarks>It depends on the channel only, not on the text or the author, so a caller may keep the answer per channel.</remarks>
    public static bool HoldsAsContext(ReminderSettings settings, MessageFacts facts) => ReminderPolicy.Covers(settings, facts);

    /// <summary>Step 3: whether the detector reads the message (before cooldowns are known).</summary>
    public static bool NeedsDetector(ReminderGate screened, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return screened == ReminderGate.Open && text.Length > 0;
    }

    /// <summary>
    /// Step 3: the members the detector is told about: a reply's target first (a lone "he" in a reply means them),
    /// then the members mentioned, each once.
    /// </summary>
    public static IReadOnlyList<ulong> DetectorMentions(in IncomingMessage message)
    {
        var mentions = message.MentionedUserIds;
        if (mentions.Count == 0 && message.ReplyToAuthorId is null)
        {
            return Array.Empty<ulong>();
        }

        var ids = new List<ulong>(mentions.Count + 1);
        if (message.ReplyToAuthorId is { } target && target != message.AuthorId)
        {
            ids.Add(target);
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            if (!ids.Contains(mentions[i]))
            {
                ids.Add(mentions[i]);
            }
        }

        return ids;
    }

    /// <summary>
    /// Step 4, before the detector: the member is still cooling down from an earlier reminder in the guild. The
    /// policy checks this last (<see cref="ReminderPolicy.Check"/>), so it only matters when the screen was open.
    /// </summary>
    public static bool CoolingDown(ReminderGate screened, ulong guildId, ulong authorId, ReminderCooldowns cooldowns)
    {
        ArgumentNullException.ThrowIfNull(cooldowns);
        return screened == ReminderGate.Open && cooldowns.IsCoolingDown(guildId, authorId);
    }

    /// <summary>
    /// Step 4, after the detector said remind: claims the member's cooldown. False when another message of theirs
    /// claimed it first; that message's reminder is the one sent.
    /// </summary>
    public static bool TryClaim(ReminderSettings settings, MessageFacts facts, ReminderCooldowns cooldowns) =>
        ReminderPolicy.TryClaim(settings, facts, cooldowns);
}
