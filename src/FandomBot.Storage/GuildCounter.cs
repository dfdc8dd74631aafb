namespace FandomBot.Storage;

/// <summary>The only per-guild numbers the store keeps: counts, never the messages behind them.</summary>
public enum GuildCounter
{
    /// <summary>Reminders the bot delivered in the guild.</summary>
    RemindersSent = 0,

    /// <summary>"Not speculation" button presses (false-positive reports).</summary>
    FalsePositiveReports = 1,
}
