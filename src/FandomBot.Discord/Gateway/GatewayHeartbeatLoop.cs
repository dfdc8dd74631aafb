using System.Net.WebSockets;
using Microsoft.Extensions.Logging;

namespace FandomBot.Discord.Gateway;

/// <summary>
/// Beats for one connection: the first beat after <c>interval × random(0..1)</c>, then every interval, each carrying
/// the last sequence. A beat that finds the previous one un-ACKed declares the connection a zombie and closes it
/// with a resumable code.
/// </summary>
internal sealed class GatewayHeartbeatLoop(int shardId, GatewaySession session, TimeProvider timeProvider, Func<double> nextRandom, ILogger logger)
{
    public async Task RunAsync(GatewayConnectionContext context, TimeSpan interval)
    {
        var token = context.Lifetime.Token;
        try
        {
            // The first beat is jittered so that shards reconnecting together do not beat in lockstep.
            await Task.Delay(interval * nextRandom(), timeProvider, token).ConfigureAwait(false);
            while (!token.IsCancellationRequested)
            {
                if (context.AwaitingAck)
                {
                    context.Zombie = true;
                    logger.Zombie(shardId);
                    await context.Connection.CloseAsync(GatewayCloseCodes.ClientReconnect, "no heartbeat ACK", CancellationToken.None).ConfigureAwait(false);
                    await context.Lifetime.CancelAsync().ConfigureAwait(false);
                    return;
                }

                // Set before sending: an ACK that races the send must not be lost.
                context.AwaitingAck = true;
                await BeatAsync(context, token).ConfigureAwait(false);
                await Task.Delay(interval, timeProvider, token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection is ending; the receive loop reports why.
        }
    }

    /// <summary>Sends one heartbeat now (on the interval, or because the server asked with op 1).</summary>
    public Task BeatAsync(GatewayConnectionContext context, CancellationToken cancellationToken)
    {
        context.LastHeartbeatSentAt = timeProvider.GetUtcNow();
        return GatewayCommands.HeartbeatAsync(context.Connection, session.Sequence, cancellationToken);
    }
}
