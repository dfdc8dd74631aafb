using System.Collections.Concurrent;
using FandomBot.Core.Reminders;

namespace FandomBot.Features.Reminders;

/// <summary>
/// The recent-messages ring (memory only, never stored) plus which guild each channel belongs to, so leaving a guild
/// drops its channels' context at once.
/// </summary>
internal sealed class ChannelContexts(TimeProvider timeProvider)
{
    private readonly RecentMessages _recent = new(timeProvider);
    private readonly ConcurrentDictionary<ulong, ConcurrentDictionary<ulong, byte>> _channelsByGuild = new();

    /// <summary>Channels holding context (for tests).</summary>
    public int ChannelCount => _recent.ChannelCount;

    /// <summary>The channel's recent messages, oldest first, then remembers <paramref name="text"/> for the next ones.</summary>
    public IReadOnlyList<string> TakeContextAndAdd(ulong guildId, ulong channelId, string text)
    {
        var context = _recent.Snapshot(channelId);
        _recent.Add(channelId, text);
        _channelsByGuild.GetOrAdd(guildId, _ => new ConcurrentDictionary<ulong, byte>()).TryAdd(channelId, 0);
        return context;
    }

    /// <summary>Drops the context of every channel of the guild.</summary>
    public void Forget(ulong guildId)
    {
        if (_channelsByGuild.TryRemove(guildId, out var channels))
        {
            foreach (var channel in channels.Keys)
            {
                _recent.Forget(channel);
            }
        }
    }
}
