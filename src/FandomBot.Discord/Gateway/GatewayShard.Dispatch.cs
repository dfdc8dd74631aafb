using System.Text.Json;
using FandomBot.Discord.Gateway.Events;
using FandomBot.Discord.Gateway.Payloads;

namespace FandomBot.Discord.Gateway;

/// <summary>What a shard does with each payload the server sends once the connection is up.</summary>
public sealed partial class GatewayShard
{
    private async Task<GatewayConnectionEnd?> HandlePayloadAsync(GatewayConnectionContext context, ReadOnlyMemory<byte> json)
    {
        GatewayPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize(json.Span, GatewayJsonContext.Default.GatewayPayload);
        }
        catch (JsonException ex)
        {
            _logger.MalformedPayload(ShardId, null, null, json.Length, ex.Message);
            return null;
        }

        if (payload is null)
        {
            _logger.MalformedPayload(ShardId, null, null, json.Length, "the payload is null");
            return null;
        }

        switch (payload.Op)
        {
            case GatewayOpCode.Dispatch:
                await HandleDispatchAsync(context, payload, json.Length).ConfigureAwait(false);
                return null;
            case GatewayOpCode.Heartbeat:
                // Discord asks for a beat now; this is not a zombie check, so the ACK bookkeeping stays as it is.
                await _heartbeat.BeatAsync(context, context.Lifetime.Token).ConfigureAwait(false);
                return null;
            case GatewayOpCode.HeartbeatAck:
                context.AwaitingAck = false;
                HeartbeatAcknowledged?.Invoke(this, _time.GetUtcNow() - context.LastHeartbeatSentAt);
                return null;
            case GatewayOpCode.Reconnect:
                return new GatewayConnectionEnd(GatewayCloseAction.Resume, "the server asked to reconnect (op 7)", null, context.Live);
            case GatewayOpCode.InvalidSession:
                var resumable = payload.D.ValueKind == JsonValueKind.True;
                return resumable
                    ? new GatewayConnectionEnd(GatewayCloseAction.Resume, "invalid session (op 9), resumable", null, false)
                    : new GatewayConnectionEnd(GatewayCloseAction.Reidentify, "invalid session (op 9), not resumable", null, false);
            default:
                return null;
        }
    }

    /// <summary>
    /// Hands one dispatch to the bot. Its sequence counts as seen only once the bot's channel took it: a dispatch
    /// read from the socket but never handed over (the connection ended while the channel was full) must be replayed
    /// to whoever resumes the session, not skipped.
    /// </summary>
    private async Task HandleDispatchAsync(GatewayConnectionContext context, GatewayPayload payload, int length)
    {
        GatewayEvent? gatewayEvent;
        try
        {
            gatewayEvent = GatewayDispatchDecoder.Decode(payload.T, payload.D, ShardId, _time.GetUtcNow());
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            _logger.MalformedPayload(ShardId, (int)payload.Op, payload.T, length, ex.GetType().Name);
            Observe(payload);
            return;
        }

        switch (gatewayEvent)
        {
            case null:
                _logger.IgnoredDispatch(ShardId, payload.T);
                Observe(payload);
                return;
            case ReadyEvent ready:
                _session.Begin(ready.SessionId, ready.ResumeGatewayUrl);
                _guilds.Clear();
                MarkLive(context);
                SetState(GatewayShardState.Ready);
                Diagnostics.DiscordMetrics.Ready(ShardId);
                _logger.Ready(ShardId, ready.SessionId, ready.GuildCount);
                break;
            case ResumedEvent:
                MarkLive(context);
                SetState(GatewayShardState.Resumed);
                Diagnostics.DiscordMetrics.Resumed(ShardId);
                _logger.Resumed(ShardId, _session.SessionId ?? "?");
                break;
            case GuildCreateEvent created:
                _guilds[created.GuildId] = 0;
                break;
            case GuildDeleteEvent deleted:
                _guilds.TryRemove(deleted.GuildId, out _);
                break;
        }

        await _events.WriteAsync(gatewayEvent, context.Lifetime.Token).ConfigureAwait(false);
        Observe(payload);
    }

    private void Observe(GatewayPayload payload)
    {
        if (payload.S is { } sequence)
        {
            _session.Observe(sequence);
        }
    }

    private void MarkLive(GatewayConnectionContext context)
    {
        context.Live = true;
        _session.Confirm();
        _backoff.Reset();
    }
}
