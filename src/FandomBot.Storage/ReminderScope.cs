namespace FandomBot.Storage;

/// <summary>Which channels of a guild the reminder pipeline watches.</summary>
public enum ReminderScope
{
    /// <summary>Every channel the bot can read (the default).</summary>
    All = 0,

    /// <summary>Only the channels in <see cref="GuildSettings.ListedChannelIds"/>.</summary>
    Listed = 1,
}
