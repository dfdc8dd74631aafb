using FandomBot.Discord.Models;

namespace FandomBot.Discord.Interactions;

/// <summary>Works out the answer to an interaction. The token is cancelled when the interaction token expires.</summary>
public delegate Task<InteractionReply> InteractionHandler(Interaction interaction, CancellationToken cancellationToken);
