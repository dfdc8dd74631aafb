using FandomBot.Discord.Models;

namespace FandomBot.Discord.Gateway.Events;

/// <summary>THREAD_CREATE: a thread was started, or the bot was added to one (the thread carries its <c>parent_id</c>).</summary>
/// <param name="ShardId">The shard.</param>
/// <param name="ReceivedAt">When it arrived.</param>
/// <param name="Thread">The thread channel.</param>
public sealed record ThreadCreateEvent(int ShardId, DateTimeOffset ReceivedAt, Channel Thread) : GatewayEvent(ShardId, ReceivedAt);
