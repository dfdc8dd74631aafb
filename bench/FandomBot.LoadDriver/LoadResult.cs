namespace FandomBot.LoadDriver;

/// <summary>What one load run measured.</summary>
/// <param name="Name">Which run.</param>
/// <param name="Sent">MESSAGE_CREATE dispatches sent.</param>
/// <param name="SendSeconds">Time to send them all.</param>
/// <param name="Processed">MESSAGE_CREATE events the bot counted (its <c>fandombot_messages_seen</c>), at the end.</param>
/// <param name="ProcessSeconds">From the first dispatch until the bot had counted every one (NaN if it never did).</param>
/// <param name="LastSequenceSent">The <c>s</c> of the last dispatch sent.</param>
/// <param name="LastSequenceAcknowledged">The highest <c>s</c> the bot sent back in a heartbeat afterwards.</param>
/// <param name="ExpectedReminders">Speculation messages sent.</param>
/// <param name="Reminders">Replies to those messages that reached the fake REST API.</param>
/// <param name="UnexpectedReplies">Replies to messages that should get none.</param>
/// <param name="WorkDropped">Discord calls the bot dropped because too many were in flight.</param>
/// <param name="Latency">Per reminder: dispatch sent → the bot's REST call received, in ms.</param>
/// <param name="BotWithin5Ms">The share of reminders the bot itself timed at ≤ 5 ms from the message's arrival to Discord's answer.</param>
/// <param name="MemoryAfter">The bot's RSS and peak RSS after the run.</param>
internal sealed record LoadResult(
    string Name,
    long Sent,
    double SendSeconds,
    double Processed,
    double ProcessSeconds,
    long LastSequenceSent,
    long LastSequenceAcknowledged,
    int ExpectedReminders,
    int Reminders,
    int UnexpectedReplies,
    double WorkDropped,
    LatencySummary Latency,
    double BotWithin5Ms,
    ProcessMemory MemoryAfter)
{
    public double SendRate => Sent / SendSeconds;

    public double ProcessRate => Sent / ProcessSeconds;
}
