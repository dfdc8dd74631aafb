using FandomBot.Discord.Models;

namespace FandomBot.Discord.Gateway.Events;

/// <summary>INTERACTION_CREATE: a slash command, button press or autocomplete request.</summary>
/// <param name="ShardId">The shard.</param>
/// <param name="ReceivedAt">When it arrived: the first response is due within 3 s of this instant.</param>
/// <param name="Interaction">The interaction.</param>
public sealed record InteractionCreateEvent(int ShardId, DateTimeOffset ReceivedAt, Interaction Interaction) : GatewayEvent(ShardId, ReceivedAt);
