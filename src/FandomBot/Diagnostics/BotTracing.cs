using System.Diagnostics;
using FandomBot.Discord.Diagnostics;

namespace FandomBot.Diagnostics;

/// <summary>
/// The spans of the reminder path (activity source <c>FandomBot</c>): <c>message</c> from a MESSAGE_CREATE's arrival on
/// the gateway to the bot's decision, <c>detector</c> inside it, and <c>reminder.deliver</c> until Discord answered the
/// reminder (with the HTTP client's own span per REST call under it). Spans carry ids and outcomes, never text.
/// Without a listener (<c>Tracing:Enabled</c> false, the default) <see cref="ActivitySource.StartActivity(string, ActivityKind)"/>
/// returns null and costs a field read. A rehearsal of the path (<see cref="DiscordMetrics.SuppressInCurrentFlow"/>) makes no span.
/// </summary>
internal static class BotTracing
{
    public const string SourceName = "FandomBot";

    public static readonly ActivitySource Source = new(SourceName, "1.0");

    /// <summary>The root span of one message, started at its arrival on the gateway rather than at the handler.</summary>
    public static Activity? StartMessage(DateTimeOffset receivedAt, ulong guildId, ulong channelId, ulong messageId)
    {
        if (!Source.HasListeners() || DiscordMetrics.IsSuppressed)
        {
            return null;
        }

        var activity = Source.StartActivity("message", ActivityKind.Consumer, parentContext: default, startTime: receivedAt);
        activity?.SetTag("discord.guild.id", guildId);
        activity?.SetTag("discord.channel.id", channelId);
        activity?.SetTag("discord.message.id", messageId);
        return activity;
    }

    public static Activity? StartDetector() => DiscordMetrics.IsSuppressed ? null : Source.StartActivity("detector");

    public static Activity? StartDelivery(ActivityContext message) => Source.StartActivity("reminder.deliver", ActivityKind.Internal, message);
}
