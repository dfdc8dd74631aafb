using FandomBot.Core.Detection;
using FandomBot.Storage;

namespace FandomBot.Features.Reminders;

/// <summary>
/// A reminder the detector asked for and the cooldown allowed, waiting to be delivered. Holds ids, never text;
/// <paramref name="MessageReceivedAt"/> is when the message arrived from the gateway (for the delay metric);
/// <paramref name="MessageSpan"/> is the message's span when it is traced (default otherwise), the parent of the delivery's.
/// </summary>
internal sealed record PendingReminder(
    ulong GuildId,
    ulong ChannelId,
    ulong MessageId,
    ulong AuthorId,
    DetectionVerdict Verdict,
    GuildSettings Settings,
    DateTimeOffset MessageReceivedAt,
    System.Diagnostics.ActivityContext MessageSpan = default);
