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
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(cooldowns);
        if (message.AuthorIsBot)
        {
            return ReminderGate.FromBot;
        }

        if (message.GuildId is not { } guild)
        {
            return ReminderGate.DirectMessage;
        }

        if (!settings.Enabled)
        {
            return ReminderGate.RemindersOff;
        }

        if (settings.Scope == ReminderScope.Listed
            && !settings.ListedChannels.Contains(message.ChannelId)
            && !(message.ParentChannelId is { } parent && settings.ListedChannels.Contains(parent)))
        {
            return ReminderGate.ChannelNotInScope;
        }

        if (settings.ExemptRoles.Count > 0 && message.AuthorRoleIds.Any(settings.ExemptRoles.Contains))
        {
            return ReminderGate.ExemptRole;
        }

        return cooldowns.IsCoolingDown(guild, message.AuthorId) ? ReminderGate.CoolingDown : ReminderGate.Open;
    }

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
