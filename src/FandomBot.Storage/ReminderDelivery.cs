namespace FandomBot.Storage;

/// <summary>How a reminder reaches people once the detector says to remind.</summary>
public enum ReminderDelivery
{
    /// <summary>A reply to the message, without pinging (the default).</summary>
    Reply = 0,

    /// <summary>A direct message to the author, falling back to a reply when DMs are closed.</summary>
    DirectMessage = 1,

    /// <summary>Only a line in the mod-log channel.</summary>
    LogOnly = 2,
}
