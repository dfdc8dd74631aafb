namespace FandomBot.Core.Reminders;

/// <summary>Which channels get reminders.</summary>
public enum ReminderScope
{
    /// <summary>Every channel the bot can see.</summary>
    All,

    /// <summary>Only the channels moderators listed.</summary>
    Listed,
}
