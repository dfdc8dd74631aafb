namespace FandomBot.Core.Reminders;

/// <summary>
/// The rules around the detector, shared by the live bot and the offline replay so both decide alike: who is never
/// answered, where reminders are on, who is exempt, and the per-member cooldown. The cheap checks come first, so the
/// detector only runs on messages that could get a reminder.
/// </summary>
public static class ReminderPolicy
{
    /// <summary>Whether the detector should look at this message at all.</summary>
    public static ReminderGate Check(ReminderSettings settings, MessageFacts message, ReminderCooldowns cooldowns)
    {
        ArgumentNullException.ThrowIfNull(cooldowns);
        var gate = CheckWithoutCooldowns(settings, message);
        return gate == ReminderGate.Open && message.GuildId is { } guild && cooldowns.IsCoolingDown(guild, message.AuthorId)
            ? ReminderGate.CoolingDown
            : gate;
    }

    /// <summary>
    /// <see cref="Check"/> with nobody cooling down: everything but the cooldown, which is checked last, so any other
    /// answer than <see cref="ReminderGate.Open"/> is final.
    /// </summary>
    public static ReminderGate CheckWithoutCooldowns(ReminderSettings settings, MessageFacts message)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(message);
        if (message.AuthorIsBot)
        {
            return ReminderGate.FromBot;
        }

        if (message.GuildId is null)
        {
            return ReminderGate.DirectMessage;
        }

        if (!settings.Enabled)
        {
            return ReminderGate.RemindersOff;
        }

        if (!InScope(settings, message))
        {
            return ReminderGate.ChannelNotInScope;
        }

        if (settings.ExemptRoles.Count > 0 && message.AuthorRoleIds.Any(settings.ExemptRoles.Contains))
        {
            return ReminderGate.ExemptRole;
        }

        return ReminderGate.Open;
    }

    /// <summary>
    /// Whether reminders apply where the message was written (a guild channel, reminders on, the channel in scope),
    /// whoever wrote it.
    /// </summary>
    public static bool Covers(ReminderSettings settings, MessageFacts message)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(message);
        return message.GuildId is not null && settings.Enabled && InScope(settings, message);
    }

    // A listed channel covers its threads.
    private static bool InScope(ReminderSettings settings, MessageFacts message) =>
        settings.Scope != ReminderScope.Listed
        || settings.ListedChannels.Contains(message.ChannelId)
        || (message.ParentChannelId is { } parent && settings.ListedChannels.Contains(parent));

    /// <summary>
    /// Claims the member's cooldown once the detector said remind. False when another message of theirs won the race
    /// (two messages handled at once): then this one sends nothing.
    /// </summary>
    public static bool TryClaim(ReminderSettings settings, MessageFacts message, ReminderCooldowns cooldowns)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(cooldowns);
        return message.GuildId is { } guild && cooldowns.TryStart(guild, message.AuthorId, settings.Cooldown);
    }
}
