using FandomBot.Discord.Gateway.Events;

namespace FandomBot.Gateway;

/// <summary>
/// A feature's answer to one kind of gateway event. Handlers run on the event loop, one event at a time, so they must
/// be quick: anything that waits on Discord (a reply, a DM) goes to <see cref="InFlightWork"/>.
/// </summary>
internal interface IGatewayEventHandler<in TEvent>
    where TEvent : GatewayEvent
{
    ValueTask HandleAsync(TEvent gatewayEvent, CancellationToken cancellationToken);
}
