using FandomBot.Discord.Models;

namespace FandomBot.Discord.Gateway.Events;

/// <summary>THREAD_UPDATE: a thread changed (renamed, archived, unarchived); it carries its <c>parent_id</c>.</summary>
/// <param name="ShardId">The shard.</param>
/// <param name="ReceivedAt">When it arrived.</param>
/// <param name="Thread">The thread channel as it is now.</param>
public sealed record ThreadUpdateEvent(int ShardId, DateTimeOffset ReceivedAt, Channel Thread) : GatewayEvent(ShardId, ReceivedAt);
