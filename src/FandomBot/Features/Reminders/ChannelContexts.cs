using FandomBot.Core.Reminders;

namespace FandomBot.Features.Reminders;

/// <summary>
/// The recent-messages ring (memory only, never stored), which also knows each channel's guild so leaving a guild
/// drops its channels' context at once. Bounded in channels and characters, and idle channels expire, so nothing
/// here grows with the number of channels or guilds ever seen.
/// </summary>
internal sealed class ChannelContexts(TimeProvider timeProvider)
{
    private readonly RecentMessages _recent = new(timeProvider);

    /// <summary>Channels holding context (for tests).</summary>
    public int ChannelCount => _recent.ChannelCount;

    /// <summary>Guilds in the guild → channel index (for tests).</summary>
    public int GuildCount => _recent.GuildCount;

    /// <summary>The channel's recent messages, oldest first (what the detector reads for the next message).</summary>
    public IReadOnlyList<string> Snapshot(ulong channelId) => _recent.Snapshot(channelId);

    /// <summary>Remembers <paramref name="text"/> as the channel's context for the next messages.</summary>
    public void Add(ulong guildId, ulong channelId, string text) => _recent.Add(guildId, channelId, text);

    /// <summary>Drops the context of every channel of the guild.</summary>
    public void Forget(ulong guildId) => _recent.ForgetGuild(guildId);
}
