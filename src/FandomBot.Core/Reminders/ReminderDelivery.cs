namespace FandomBot.Core.Reminders;

/// <summary>How a reminder reaches people.</summary>
public enum ReminderDelivery
{
    /// <summary>A reply to the message, pinging no one.</summary>
    Reply,

    /// <summary>A direct message to the author (a reply when their DMs are closed).</summary>
    DirectMessage,

    /// <summary>Only a line in the mod-log channel.</summary>
    LogOnly,
}
