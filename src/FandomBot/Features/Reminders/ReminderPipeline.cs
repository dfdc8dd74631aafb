using FandomBot.Core.Detection;
using FandomBot.Core.Reminders;
using FandomBot.Discord.Gateway.Events;
using FandomBot.Detectors;
using FandomBot.Gateway;
using FandomBot.Storage;
using Microsoft.Extensions.Logging;

namespace FandomBot.Features.Reminders;

/// <summary>
/// MESSAGE_CREATE → maybe a reminder. On the event loop it only does quick work: the cached settings, the policy's
/// gates, the channel's context and the detector (microseconds). Delivery, which waits on Discord, goes to
/// <see cref="InFlightWork"/>. The message's text lives only in the in-memory context ring; nothing is stored.
/// </summary>
internal sealed class ReminderPipeline(
    ISettingsStore store,
    GuildDetectors detectors,
    ChannelContexts contexts,
    ReminderCooldowns cooldowns,
    ReminderSender sender,
    InFlightWork inFlight,
    ILogger<ReminderPipeline> logger) : IGatewayEventHandler<MessageCreateEvent>
{
    public async ValueTask HandleAsync(MessageCreateEvent gatewayEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gatewayEvent);
        var message = gatewayEvent.Message;
        if (message.GuildId is not { } guildSnowflake || message.Author.IsBot || message.Author.System == true || message.IsFromWebhook
            || message.Content.Length == 0)
        {
            return;
        }

        var guildId = guildSnowflake.Value;
        GuildSettings stored;
        try
        {
            stored = await store.GetAsync(guildId, cancellationToken).ConfigureAwait(false);
        }
        catch (SettingsStoreUnavailableException)
        {
            logger.SettingsUnavailable(guildId);
            return;
        }

        Diagnostics.BotMetrics.MessageSeen();
        using var span = Diagnostics.BotTracing.StartMessage(gatewayEvent.ReceivedAt, guildId, message.ChannelId.Value, message.Id.Value);
        var settings = stored.ToReminderSettings();
        var facts = new MessageFacts(
            guildId,
            message.ChannelId.Value,
            ParentChannelId: null,
            message.Author.Id.Value,
            AuthorIsBot: false,
            [.. (message.Member?.Roles ?? []).Select(role => role.Value)]);

        var gate = ReminderPolicy.Check(settings, facts, cooldowns);
        span?.SetTag("fandombot.gate", gate.ToString());
        if (gate is ReminderGate.RemindersOff or ReminderGate.ChannelNotInScope)
        {
            // Where reminders are off, the bot does not even hold the text as context.
            return;
        }

        var context = contexts.TakeContextAndAdd(guildId, facts.ChannelId, message.Content);
        if (gate != ReminderGate.Open)
        {
            return;
        }

        var mentioned = message.Mentions.Count == 0 ? null : message.Mentions.Select(user => user.Id.Value).ToList();
        DetectionVerdict verdict;
        using (var detecting = Diagnostics.BotTracing.StartDetector())
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            verdict = detectors.For(stored).Evaluate(message.Content, facts.AuthorId, context, mentioned);
            Diagnostics.BotMetrics.Detected(System.Diagnostics.Stopwatch.GetElapsedTime(started));
            detecting?.SetTag("fandombot.remind", verdict.Remind);
        }

        var claimed = verdict.Remind && ReminderPolicy.TryClaim(settings, facts, cooldowns);
        span?.SetTag("fandombot.reminder", claimed);
        if (!claimed)
        {
            return;
        }

        var reminder = new PendingReminder(
            guildId, facts.ChannelId, message.Id.Value, facts.AuthorId, verdict, stored, gatewayEvent.ReceivedAt, span?.Context ?? default);
        inFlight.TryRun("reminder", () => sender.SendAsync(reminder, CancellationToken.None));
    }
}
