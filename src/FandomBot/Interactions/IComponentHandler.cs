using FandomBot.Discord.Interactions;
using FandomBot.Discord.Models;

namespace FandomBot.Interactions;

/// <summary>
/// A feature's answer to presses of its own buttons. The interaction router hands a MESSAGE_COMPONENT interaction to
/// the handler whose <see cref="CustomIdPrefix"/> starts the component's custom_id, and delivers the reply in time
/// through <see cref="InteractionResponder"/>. A reply meant only for the presser says so itself
/// (<see cref="OutgoingMessage.AsEphemeral"/>); <see cref="InteractionReply.UpdatingMessage"/> edits the message the
/// button is on.
/// </summary>
internal interface IComponentHandler
{
    /// <summary>The start of every custom_id this handler owns (for example "rem:"); unique among handlers.</summary>
    string CustomIdPrefix { get; }

    /// <summary>Works out the reply to one button press. Runs off the event loop; the token ends with the interaction token.</summary>
    Task<InteractionReply> HandleAsync(Interaction interaction, CancellationToken cancellationToken);
}
