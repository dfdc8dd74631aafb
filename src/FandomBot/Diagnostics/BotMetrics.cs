using System.Diagnostics.Metrics;
using FandomBot.Discord.Diagnostics;

namespace FandomBot.Diagnostics;

/// <summary>
/// The bot's own instruments (meter <c>FandomBot</c>): messages seen, reminders by delivery mode, reminder delay, detector time, dropped
/// work, heap compactions. The Discord client's instruments are in <c>FandomBot.Discord.Diagnostics.DiscordMetrics</c>;
/// the gauges (queues, memory) are in <see cref="BotGauges"/>.
/// </summary>
internal static class BotMetrics
{
    public const string MeterName = "FandomBot";

    private static readonly Meter Meter = new(MeterName, "1.0");
    private static readonly Counter<long> MessagesSeen = Meter.CreateCounter<long>("fandombot.messages.seen", description: "MESSAGE_CREATE events from people");
    private static readonly Counter<long> RemindersSent = Meter.CreateCounter<long>("fandombot.reminders.sent", description: "Reminders delivered, by delivery mode");
    private static readonly Histogram<double> ReminderDelay = Meter.CreateHistogram<double>(
        "fandombot.reminder.delay", "ms", "From a message's arrival on the gateway to its reminder delivered (Discord's answer received)");
    private static readonly Histogram<double> DetectorTime = Meter.CreateHistogram<double>("fandombot.detector.duration", "us", "Time the detector took for one message");
    private static readonly Counter<long> WorkDropped = Meter.CreateCounter<long>("fandombot.work.dropped", description: "Discord calls dropped because too many were in flight");
    private static readonly Counter<long> HeapCompactions = Meter.CreateCounter<long>(
        "fandombot.memory.compactions", description: "Full compacting garbage collections the bot ran once a burst was over");

    // A flow that rehearses the reminder path (ReminderPathWarmUp) is marked once, for the client's instruments and
    // these alike (DiscordMetrics.SuppressInCurrentFlow): its made-up messages are not traffic.
    private static bool Suppressed => DiscordMetrics.IsSuppressed;

    public static void MessageSeen()
    {
        if (!Suppressed)
        {
            MessagesSeen.Add(1);
        }
    }

    public static void ReminderSent(string delivery, TimeSpan sinceMessageArrived)
    {
        if (Suppressed)
        {
            return;
        }

        RemindersSent.Add(1, new KeyValuePair<string, object?>("delivery", delivery));
        ReminderDelay.Record(sinceMessageArrived.TotalMilliseconds);
    }

    public static void Detected(TimeSpan elapsed)
    {
        if (!Suppressed)
        {
            DetectorTime.Record(elapsed.TotalMicroseconds);
        }
    }

    public static void Dropped(string what) => WorkDropped.Add(1, new KeyValuePair<string, object?>("work", what));

    public static void HeapCompacted() => HeapCompactions.Add(1);
}
