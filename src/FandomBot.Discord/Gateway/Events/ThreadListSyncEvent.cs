using FandomBot.Discord.Models;

namespace FandomBot.Discord.Gateway.Events;

/// <summary>
/// THREAD_LIST_SYNC: the bot gained access to channels, and these are all their active threads. When
/// <see cref="ChannelIds"/> is null the sync covers the whole guild; otherwise only those parent channels, and threads
/// of them that are not listed are no longer active.
/// </summary>
/// <param name="ShardId">The shard.</param>
/// <param name="ReceivedAt">When it arrived.</param>
/// <param name="GuildId">The guild.</param>
/// <param name="ChannelIds">The parent channels synced, or null for the whole guild.</param>
/// <param name="Threads">The active threads of those channels.</param>
public sealed record ThreadListSyncEvent(
    int ShardId, DateTimeOffset ReceivedAt, Snowflake GuildId, IReadOnlyList<Snowflake>? ChannelIds, IReadOnlyList<Channel> Threads)
    : GatewayEvent(ShardId, ReceivedAt);
