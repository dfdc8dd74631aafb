using FandomBot.Core.Detection;
using FandomBot.Storage;

namespace FandomBot.Features.Reminders;

/// <summary>A reminder the detector asked for and the cooldown allowed, waiting to be delivered. Holds ids, never text.</summary>
internal sealed record PendingReminder(ulong GuildId, ulong ChannelId, ulong MessageId, ulong AuthorId, DetectionVerdict Verdict, GuildSettings Settings);
