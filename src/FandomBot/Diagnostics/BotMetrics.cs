using System.Diagnostics.Metrics;

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

    // Set in a flow that rehearses the reminder path (ReminderPathWarmUp): its made-up messages are not traffic.
    private static readonly AsyncLocal<bool> Suppressed = new();

    /// <summary>Whether the current flow is a rehearsal whose measurements and spans are left out.</summary>
    public static bool IsSuppressed => Suppressed.Value;

    /// <summary>Leaves the current flow (and the work it starts) out of the bot's instruments and spans until disposed.</summary>
    public static IDisposable SuppressInCurrentFlow() => new Discord.Diagnostics.SuppressionScope(Suppressed);

    public static void MessageSeen()
    {
        if (!Suppressed.Value)
        {
            MessagesSeen.Add(1);
        }
    }

    public static void ReminderSent(string delivery, TimeSpan sinceMessageArrived)
    {
        if (Suppressed.Value)
        {
            return;
        }

        RemindersSent.Add(1, new KeyValuePair<string, object?>("delivery", delivery));
        ReminderDelay.Record(sinceMessageArrived.TotalMilliseconds);
    }

    public static void Detected(TimeSpan elapsed)
    {
        if (!Suppressed.Value)
        {
            DetectorTime.Record(elapsed.TotalMicroseconds);
        }
    }

    public static void Dropped(string what) => WorkDropped.Add(1, new KeyValuePair<string, object?>("work", what));

    public static void HeapCompacted() => HeapCompactions.Add(1);
}
