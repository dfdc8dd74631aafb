using FandomBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace FandomBot.Features.Reminders;

/// <summary>The reminder pipeline's log lines: ids, counts and Discord's errors, never what anyone wrote.</summary>
internal static partial class ReminderLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Reminder for message {MessageId} in guild {GuildId}: delivered as {Delivery}")]
    public static partial void Delivered(this ILogger logger, ulong messageId, ulong guildId, string delivery);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The bot may not post in channel {ChannelId} of guild {GuildId} (50013); said once an hour per channel")]
    public static partial void CannotPostInChannel(this ILogger logger, ulong channelId, ulong guildId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "DMs of user {UserId} are closed (50007): replying in the channel instead")]
    public static partial void DirectMessagesClosed(this ILogger logger, ulong userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A reminder in channel {ChannelId} was not delivered: {Error}")]
    public static partial void NotDelivered(this ILogger logger, ulong channelId, DiscordApiError error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The mod-log line for guild {GuildId} was not posted: {Error}")]
    public static partial void ModLogFailed(this ILogger logger, ulong guildId, DiscordApiError error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Counting {Counter} for guild {GuildId} failed: {Error}")]
    public static partial void CounterFailed(this ILogger logger, string counter, ulong guildId, string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Message {MessageId} in guild {GuildId} gets no reminder: its author is cooling down from an earlier reminder")]
    public static partial void SkippedCoolingDown(this ILogger logger, ulong messageId, ulong guildId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The settings of guild {GuildId} are unavailable: its messages are skipped until the store is back")]
    public static partial void SettingsUnavailable(this ILogger logger, ulong guildId);

    [LoggerMessage(Level = LogLevel.Information, Message = "The bot left guild {GuildId}: its data and caches are forgotten")]
    public static partial void GuildForgotten(this ILogger logger, ulong guildId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Forgetting guild {GuildId} failed for now ({Error}); the store retries")]
    public static partial void ForgetFailed(this ILogger logger, ulong guildId, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "A reminder in guild {GuildId} was marked as not speculation")]
    public static partial void MarkedNotSpeculation(this ILogger logger, ulong guildId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A reminder button naming guild {ClaimedGuildId} was pressed in guild {GuildId}: refused")]
    public static partial void ButtonOfOtherGuild(this ILogger logger, ulong? guildId, ulong claimedGuildId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "\"Not speculation\" in guild {GuildId} was pressed by someone who is neither the author nor a moderator: refused")]
    public static partial void NotSpeculationRefused(this ILogger logger, ulong guildId);
}
