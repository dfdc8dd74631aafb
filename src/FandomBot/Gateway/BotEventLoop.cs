using FandomBot.Discord.Gateway.Events;
using FandomBot.Discord.Sharding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FandomBot.Gateway;

/// <summary>
/// Starts this process's shards and hands every gateway event to the features that handle it. On shutdown the gateway
/// goes first: the shards close their connections (handing their sessions over, see <c>Discord:HandoverOnStop</c>),
/// the loop handles every event they had read, then the Discord calls in flight finish (each step at most
/// <see cref="DrainTimeout"/>). A handed-over session resumes right after the last event the shards read, so an event
/// read here and left unhandled would be lost, and one handled twice would be answered twice.
/// </summary>
internal sealed partial class BotEventLoop(
    ShardManager shards,
    IServiceProvider services,
    InFlightWork inFlight,
    GatewayStartFailure startFailure,
    IHostApplicationLifetime lifetime,
    ILogger<BotEventLoop> logger) : BackgroundService
{
    public static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(10);

    private readonly IGatewayEventHandler<MessageCreateEvent>[] _messageHandlers = [.. services.GetServices<IGatewayEventHandler<MessageCreateEvent>>()];
    private readonly IGatewayEventHandler<InteractionCreateEvent>[] _interactionHandlers = [.. services.GetServices<IGatewayEventHandler<InteractionCreateEvent>>()];
    private readonly IGatewayEventHandler<GuildDeleteEvent>[] _guildDeleteHandlers = [.. services.GetServices<IGatewayEventHandler<GuildDeleteEvent>>()];
    private readonly IGatewayEventHandler<ReadyEvent>[] _readyHandlers = [.. services.GetServices<IGatewayEventHandler<ReadyEvent>>()];
    private readonly IGatewayEventHandler<ResumedEvent>[] _resumedHandlers = [.. services.GetServices<IGatewayEventHandler<ResumedEvent>>()];

    // Handlers of the events above none claims (guild and thread events): each looks for the kinds it wants.
    private readonly IGatewayEventHandler<GatewayEvent>[] _otherHandlers = [.. services.GetServices<IGatewayEventHandler<GatewayEvent>>()];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await shards.StartAsync(stoppingToken).ConfigureAwait(false))
        {
            // The shard manager has logged why; the host says it once more as the process's last line on standard
            // error and exits with the code that tells a restart policy what happened (see GatewayStartFailure).
            startFailure.Record(shards.NotStartedError, shards.NotStartedReason ?? "unknown reason");
            lifetime.StopApplication();
            return;
        }

        try
        {
            await foreach (var gatewayEvent in shards.Events.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await DispatchAsync(gatewayEvent, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Completes the event channel once every shard has closed.
            await shards.StopAsync(cancellationToken).ConfigureAwait(false);
            if (ExecuteTask is { } loop)
            {
                await loop.WaitAsync(DrainTimeout, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException)
        {
            LogEventsLeft(logger, shards.Events.Count);
        }

        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await inFlight.DrainAsync(DrainTimeout).ConfigureAwait(false);
    }

    private async ValueTask DispatchAsync(GatewayEvent gatewayEvent, CancellationToken cancellationToken)
    {
        try
        {
            switch (gatewayEvent)
            {
                case MessageCreateEvent message:
                    await HandleAsync(_messageHandlers, message, cancellationToken).ConfigureAwait(false);
                    break;
                case InteractionCreateEvent interaction:
                    await HandleAsync(_interactionHandlers, interaction, cancellationToken).ConfigureAwait(false);
                    break;
                case GuildDeleteEvent guildDelete:
                    await HandleAsync(_guildDeleteHandlers, guildDelete, cancellationToken).ConfigureAwait(false);
                    break;
                case ReadyEvent ready:
                    LogReady(logger, ready.ShardId);
                    await HandleAsync(_readyHandlers, ready, cancellationToken).ConfigureAwait(false);
                    break;
                case ResumedEvent resumed:
                    await HandleAsync(_resumedHandlers, resumed, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    await HandleAsync(_otherHandlers, gatewayEvent, cancellationToken).ConfigureAwait(false);
                    break;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A bug in one feature's handling of one event must not stop the bot.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogHandlerFailed(logger, e, gatewayEvent.GetType().Name, gatewayEvent.ShardId);
        }
    }

    private static async ValueTask HandleAsync<TEvent>(IGatewayEventHandler<TEvent>[] handlers, TEvent gatewayEvent, CancellationToken cancellationToken)
        where TEvent : GatewayEvent
    {
        foreach (var handler in handlers)
        {
            await handler.HandleAsync(gatewayEvent, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Shutdown ran out of time with {Count} gateway events unhandled; they were read before the handover, so they are lost")]
    private static partial void LogEventsLeft(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Shard {ShardId} is ready")]
    private static partial void LogReady(ILogger logger, int shardId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling {EventType} from shard {ShardId} failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string eventType, int shardId);
}
