using FandomBot.Core.Quotes;
using FandomBot.Discord.Models;
using FandomBot.Discord.Rest;
using FandomBot.Storage;
using Microsoft.Extensions.Logging;

namespace FandomBot.Features.Reminders;

/// <summary>
/// Delivers one reminder as the guild chose: a reply that pings no one, a DM (a reply when the author's DMs are
/// closed, 50007), or only the mod-log line. Then counts it and posts the mod-log line when a channel is set.
/// Runs off the event loop (in <c>InFlightWork</c>).
/// </summary>
internal sealed class ReminderSender(
    DiscordRestClient rest,
    QuoteLibrary quotes,
    ISettingsStore store,
    ModLog modLog,
    ChannelPermissionWarnings warnings,
    TimeProvider timeProvider,
    ILogger<ReminderSender> logger)
{
    public async Task SendAsync(PendingReminder reminder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        using var span = reminder.MessageSpan == default ? null : Diagnostics.BotTracing.StartDelivery(reminder.MessageSpan);
        var phrasebook = ReminderTexts.For(reminder.Verdict.Language);
        var quote = ReminderMessage.PickQuote(quotes, reminder.MessageId);
        var message = ReminderMessage.Build(
            phrasebook, reminder.MessageId, quote, CueExplanations.Mask(reminder.Verdict.Reasons), reminder.GuildId, reminder.AuthorId);

        var deliveredAs = reminder.Settings.Delivery switch
        {
            ReminderDelivery.DirectMessage => await DirectMessageAsync(reminder, message, cancellationToken).ConfigureAwait(false),
            ReminderDelivery.LogOnly => reminder.Settings.ModLogChannelId is null ? null : "mod-log only",
            _ => await ReplyAsync(reminder, message, cancellationToken).ConfigureAwait(false),
        };
        span?.SetTag("fandombot.delivered_as", deliveredAs ?? "not delivered");
        if (deliveredAs is null)
        {
            return;
        }

        logger.Delivered(reminder.MessageId, reminder.GuildId, deliveredAs);
        Diagnostics.BotMetrics.ReminderSent(deliveredAs, timeProvider.GetUtcNow() - reminder.MessageReceivedAt);
        var counted = await store.IncrementCounterAsync(reminder.GuildId, GuildCounter.RemindersSent, cancellationToken).ConfigureAwait(false);
        if (!counted.IsSuccess)
        {
            logger.CounterFailed(nameof(GuildCounter.RemindersSent), reminder.GuildId, counted.Error.Kind.ToString());
        }

        if (reminder.Settings.ModLogChannelId is { } logChannel)
        {
            var line = ModLog.ReminderLine(reminder.ChannelId, reminder.AuthorId, reminder.Verdict, deliveredAs, name => reminder.Settings.FindPerson(name) is not null);
            await modLog.PostAsync(reminder.GuildId, logChannel, line, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<string?> ReplyAsync(PendingReminder reminder, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var result = await rest.CreateMessageAsync(new Snowflake(reminder.ChannelId), message.AsReplyTo(new Snowflake(reminder.MessageId)), cancellationToken)
            .ConfigureAwait(false);
        if (result.IsSuccess)
        {
            return "reply";
        }

        if (result.Error.IsMissingPermissions)
        {
            if (warnings.ShouldWarn(reminder.ChannelId))
            {
                logger.CannotPostInChannel(reminder.ChannelId, reminder.GuildId);
            }
        }
        else
        {
            logger.NotDelivered(reminder.ChannelId, result.Error);
        }

        return null;
    }

    private async Task<string?> DirectMessageAsync(PendingReminder reminder, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var channel = await rest.CreateDmChannelAsync(new Snowflake(reminder.AuthorId), cancellationToken).ConfigureAwait(false);
        var error = channel.Error;
        if (channel.IsSuccess)
        {
            var sent = await rest.CreateMessageAsync(channel.Value.Id, message, cancellationToken).ConfigureAwait(false);
            if (sent.IsSuccess)
            {
                return "DM";
            }

            error = sent.Error;
        }

        if (error is { IsCannotMessageUser: true })
        {
            logger.DirectMessagesClosed(reminder.AuthorId);
            return await ReplyAsync(reminder, message, cancellationToken).ConfigureAwait(false) is null ? null : "reply (DMs closed)";
        }

        logger.NotDelivered(reminder.ChannelId, error!);
        return null;
    }
}
