using FandomBot.Core.Detection;
using FandomBot.Core.Reminders;
using FandomBot.Discord.Gateway.Events;
using FandomBot.Detectors;
using FandomBot.Discord.Models;
using FandomBot.Gateway;
using FandomBot.Storage;
using Microsoft.Extensions.Logging;

namespace FandomBot.Features.Reminders;

/// <summary>
/// MESSAGE_CREATE → maybe a reminder. The message becomes Core's <see cref="IncomingMessage"/> and takes the steps of
/// <see cref="ReminderDecisionPath"/>, the same the dry run takes (<c>fandombot replay</c>): the policy's screen, the
/// channel's context, the detector, the member's cooldown. On the event loop it only does quick work (microseconds);
/// delivery, which waits on Discord, goes to <see cref="InFlightWork"/>. The message's text lives only in the
/// in-memory context ring; nothing is stored. A thread's parent channel comes from <see cref="ThreadParents"/>, so a
/// channel listed for reminders covers its threads.
/// </summary>
internal sealed class ReminderPipeline(
    ISettingsStore store,
    GuildDetectors detectors,
    ChannelContexts contexts,
    ThreadParents threadParents,
    ReminderCooldowns cooldowns,
    ReminderSender sender,
    InFlightWork inFlight,
    ILogger<ReminderPipeline> logger) : IGatewayEventHandler<MessageCreateEvent>
{
    public async ValueTask HandleAsync(MessageCreateEvent gatewayEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gatewayEvent);
        var message = gatewayEvent.Message;

        // Join, pin and thread notices are Discord's words, not anyone talking: never judged, never context.
        if (message.GuildId is not { } guildSnowflake || message.Type is not (MessageType.Default or MessageType.Reply)
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

        var settings = stored.ToReminderSettings();
        var incoming = ToIncoming(message, guildId);
        var facts = incoming.Facts;
        var screened = ReminderDecisionPath.Screen(settings, facts);
        var needsDetector = ReminderDecisionPath.NeedsDetector(screened, incoming.Text);
        var context = needsDetector ? contexts.Snapshot(facts.ChannelId) : [];
        if (ReminderDecisionPath.HoldsAsContext(settings, facts))
        {
            contexts.Add(guildId, facts.ChannelId, incoming.Text);
        }

        if (facts.AuthorIsBot)
        {
            // Other bots' messages (and webhooks') are context for the members after them, and nothing more.
            return;
        }

        Diagnostics.BotMetrics.MessageSeen();
        using var span = Diagnostics.BotTracing.StartMessage(gatewayEvent.ReceivedAt, guildId, facts.ChannelId, message.Id.Value);
        var coolingDown = ReminderDecisionPath.CoolingDown(screened, guildId, facts.AuthorId, cooldowns);
        span?.SetTag("fandombot.gate", (coolingDown ? ReminderGate.CoolingDown : screened).ToString());
        if (coolingDown)
        {
            logger.SkippedCoolingDown(message.Id.Value, guildId);
            return;
        }

        if (!needsDetector)
        {
            return;
        }

        DetectionVerdict verdict;
        using (var detecting = Diagnostics.BotTracing.StartDetector())
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            verdict = detectors.For(stored).Evaluate(incoming.Text, facts.AuthorId, context, ReminderDecisionPath.DetectorMentions(incoming));
            Diagnostics.BotMetrics.Detected(System.Diagnostics.Stopwatch.GetElapsedTime(started));
            detecting?.SetTag("fandombot.remind", verdict.Remind);
        }

        var claimed = verdict.Remind && ReminderDecisionPath.TryClaim(settings, facts, cooldowns);
        span?.SetTag("fandombot.reminder", claimed);
        if (!claimed)
        {
            if (verdict.Remind)
            {
                logger.SkippedCoolingDown(message.Id.Value, guildId);
            }

            return;
        }

        var reminder = new PendingReminder(
            guildId, facts.ChannelId, message.Id.Value, facts.AuthorId, verdict, stored, gatewayEvent.ReceivedAt, span?.Context ?? default);
        inFlight.TryRun("reminder", () => sender.SendAsync(reminder, CancellationToken.None));
    }

    /// <summary>The gateway's message as Core's: plain ids, the thread's parent, the replied-to author.</summary>
    private IncomingMessage ToIncoming(Message message, ulong guildId)
    {
        var facts = new MessageFacts(
            guildId,
            message.ChannelId.Value,
            threadParents.ParentOf(message.ChannelId.Value),
            message.Author.Id.Value,
            message.Author.IsBot || message.Author.System == true || message.IsFromWebhook,
            message.Member is { Roles.Count: > 0 } member ? [.. member.Roles.Select(role => role.Value)] : []);
        IReadOnlyList<ulong> mentioned = message.Mentions.Count == 0 ? [] : [.. message.Mentions.Select(user => user.Id.Value)];
        return new IncomingMessage(facts, message.Content, message.Timestamp, message.ReferencedMessage?.Author.Id.Value, mentioned);
    }
}
