namespace FandomBot.Storage;

/// <summary>A guild's counters. Kept out of <see cref="GuildSettings"/> so that counting never invalidates caches.</summary>
/// <param name="GuildId">The guild.</param>
/// <param name="RemindersSent">Reminders delivered.</param>
/// <param name="FalsePositiveReports">"Not speculation" reports.</param>
public sealed record GuildCounters(ulong GuildId, long RemindersSent, long FalsePositiveReports)
{
    /// <summary>Zero counts for a guild the store has never counted anything for.</summary>
    public static GuildCounters None(ulong guildId) => new(guildId, 0, 0);
}
