namespace FandomBot.Discord.Gateway;

/// <summary>How a shard stops: with a goodbye Discord understands, and a session left for its successor.</summary>
public sealed partial class GatewayShard
{
    private const int HandoverStop = 1;
    private const int FinalStop = 2;

    private int StopCloseCode => HandingOver ? GatewayCloseCodes.Handover : GatewayCloseCodes.Shutdown;

    /// <summary>
    /// Starts stopping the shard; <see cref="RunAsync"/> returns once it has stopped. The live connection gets a real
    /// close frame (cancelling a pending read would only abort the socket, which Discord sees as 1006) and the shard
    /// reads on until the server's close frame, at most <see cref="GatewayConnection.CloseTimeout"/>, so every
    /// dispatch Discord sent before it is handed to the bot. With <paramref name="handover"/> the close code keeps the
    /// session on Discord's side and <see cref="HandedOverSession"/> holds it for the next owner; without, the close
    /// is 1000 and Discord ends the session (the bot shows offline). Only the first call counts.
    /// </summary>
    public void BeginStop(bool handover)
    {
        if (Interlocked.CompareExchange(ref _stopMode, handover ? HandoverStop : FinalStop, 0) != 0)
        {
            return;
        }

        _stopWaiting.Cancel();
        if (Volatile.Read(ref _current) is { } context)
        {
            BeginClosing(context);
        }
    }

    /// <summary>Sends the stop's close frame on <paramref name="context"/> and drops the socket if the server never answers.</summary>
    private void BeginClosing(GatewayConnectionContext context)
    {
        if (!context.TryBeginClosing())
        {
            return;
        }

        _logger.Closing(ShardId, StopCloseCode, HandingOver ? "handing the session over" : "final shutdown");
        _ = CloseForStopAsync(context, StopCloseCode);
    }

    private async Task CloseForStopAsync(GatewayConnectionContext context, int closeCode)
    {
        // The deadline starts before the close frame: a send stuck on a dead link must not hold the stop up either.
        var deadline = Task.Delay(GatewayConnection.CloseTimeout, _time, context.Lifetime.Token);
        await context.Connection.SendCloseAsync(closeCode, HandingOver ? "handover" : "shutting down", context.Lifetime.Token).ConfigureAwait(false);
        try
        {
            await deadline.ConfigureAwait(false);
            await context.Lifetime.CancelAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
        {
            // The server answered (or the connection ended some other way) in time.
        }
    }

    private void FinishStop()
    {
        if (HandingOver && _session is { CanResume: true, SessionId: { } sessionId, ResumeUrl: { } resumeUrl })
        {
            var session = new ResumableSession(
                ShardId, _settings.ShardCount, sessionId, _session.Sequence, resumeUrl, _time.GetUtcNow(), _guilds.IsEmpty ? null : [.. _guilds.Keys]);
            Volatile.Write(ref _handedOver, session);
        }

        SetState(GatewayShardState.Stopped, "shut down");
    }

    private void Stop(string reason)
    {
        _logger.StoppedFatally(ShardId, reason);
        SetState(GatewayShardState.Stopped, reason);
    }
}
