using System.Collections.Frozen;
using FandomBot.Discord.Gateway.Events;
using FandomBot.Discord.Interactions;
using FandomBot.Discord.Models;
using FandomBot.Gateway;
using Microsoft.Extensions.Logging;

namespace FandomBot.Interactions;

/// <summary>
/// Sends each INTERACTION_CREATE to the handler that answers it: slash commands (type 2) and autocomplete (type 4)
/// by command name, button presses (type 3) by the prefix of their custom_id. The answer goes through
/// <see cref="InteractionResponder"/> (3-second rule, deferral when a handler is slow) as <see cref="InFlightWork"/>,
/// so the event loop never waits on Discord.
/// </summary>
internal sealed partial class InteractionRouter : IGatewayEventHandler<InteractionCreateEvent>
{
    private readonly FrozenDictionary<string, ISlashCommandHandler> _commands;
    private readonly IComponentHandler[] _components;
    private readonly InteractionResponder _responder;
    private readonly InFlightWork _inFlight;
    private readonly ILogger<InteractionRouter> _logger;

    public InteractionRouter(
        IEnumerable<ISlashCommandHandler> commands,
        IEnumerable<IComponentHandler> components,
        InteractionResponder responder,
        InFlightWork inFlight,
        ILogger<InteractionRouter> logger)
    {
        _commands = commands.ToFrozenDictionary(handler => handler.Command.Name, StringComparer.Ordinal);
        // Longest prefix first, so "sources:" never shadows a more specific "sources:page:".
        _components = [.. components.OrderByDescending(handler => handler.CustomIdPrefix.Length)];
        _responder = responder;
        _inFlight = inFlight;
        _logger = logger;
    }

    public ValueTask HandleAsync(InteractionCreateEvent gatewayEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(gatewayEvent);
        var interaction = gatewayEvent.Interaction;
        if (Route(interaction) is not { } route)
        {
            LogUnrouted(_logger, interaction.Id, interaction.Type);
            return ValueTask.CompletedTask;
        }

        // Not the event loop's token: an answer already started is finished (the host drains in-flight work at shutdown).
        _inFlight.TryRun(route.What, () => _responder.RespondAsync(interaction, gatewayEvent.ReceivedAt, route.Handler, route.Ephemeral, CancellationToken.None));
        return ValueTask.CompletedTask;
    }

    private (string What, InteractionHandler Handler, bool Ephemeral)? Route(Interaction interaction)
    {
        switch (interaction.Type)
        {
            case InteractionType.ApplicationCommand when Command(interaction) is { } command:
                return ($"/{command.Command.Name}", command.HandleAsync, command.IsEphemeral);
            case InteractionType.ApplicationCommandAutocomplete when Command(interaction) is { } command:
                return ($"/{command.Command.Name} autocomplete", command.AutocompleteAsync, true);
            case InteractionType.MessageComponent when interaction.Data?.CustomId is { } customId:
                foreach (var component in _components)
                {
                    if (customId.StartsWith(component.CustomIdPrefix, StringComparison.Ordinal))
                    {
                        return ($"button {component.CustomIdPrefix}", component.HandleAsync, false);
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private ISlashCommandHandler? Command(Interaction interaction) =>
        interaction.Data?.Name is { } name ? _commands.GetValueOrDefault(name) : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Interaction {InteractionId} of type {Type} has no handler; not answered")]
    private static partial void LogUnrouted(ILogger logger, Snowflake interactionId, InteractionType type);
}
