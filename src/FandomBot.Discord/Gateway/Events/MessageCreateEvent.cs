using FandomBot.Discord.Models;

namespace FandomBot.Discord.Gateway.Events;

/// <summary>MESSAGE_CREATE: a message was posted in a guild channel or a DM the bot can see.</summary>
/// <param name="ShardId">The shard.</param>
/// <param name="ReceivedAt">When it arrived.</param>
/// <param name="Message">The message.</param>
public sealed record MessageCreateEvent(int ShardId, DateTimeOffset ReceivedAt, Message Message) : GatewayEvent(ShardId, ReceivedAt)
{
    /// <summary>Leaves the message content out, so logging the event never logs what someone wrote.</summary>
    public override string ToString() =>
        $"MessageCreateEvent {{ ShardId = {ShardId}, ReceivedAt = {ReceivedAt:O}, MessageId = {Message.Id}, ChannelId = {Message.ChannelId}, GuildId = {Message.GuildId} }}";
}
