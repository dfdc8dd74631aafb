using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using FandomBot.Discord.Gateway.Events;
using FandomBot.Discord.Gateway.Payloads;
using FandomBot.Discord.Models;
using Microsoft.Extensions.Logging;

namespace FandomBot.Discord.Gateway;

/// <summary>
/// One gateway shard: keeps a session alive over <see cref="ClientWebSocket"/> connections (heartbeats, identify,
/// resume, reconnect with backoff, fatal closes) and writes the dispatches the bot uses to an event channel. It can
/// start from a session a previous owner left (<see cref="RestoreSession"/>) and stop so that the next owner can
/// resume its own (<see cref="BeginStop"/>).
/// </summary>
#pragma warning disable CA1001 // _stopWaiting never gets a timer, so it holds nothing a finalizer or Dispose must free.
public sealed partial class GatewayShard
#pragma warning restore CA1001
{
    /// <summary>The largest command Discord accepts, in bytes.</summary>
    public const int MaxPayloadBytes = 4096;

    /// <summary>After this many resumes in a row fail, the shard identifies afresh.</summary>
    public const int MaxFailedResumes = 3;

    private readonly GatewayShardSettings _settings;
    private readonly IIdentifyGate _identifyGate;
    private readonly ChannelWriter<GatewayEvent> _events;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Random _random;
    private readonly Lock _randomLock = new();
    private readonly GatewayReconnectBackoff _backoff;
    private readonly ConcurrentDictionary<Snowflake, byte> _guilds = new();
    private readonly GatewaySession _session = new();
    private readonly GatewayHeartbeatLoop _heartbeat;
    private readonly CancellationTokenSource _stopWaiting = new();

    private GatewayShardStatus _status;
    private GatewayConnectionContext? _current;
    private int _stopMode;
    private ResumableSession? _handedOver;

    /// <summary>Creates a shard; nothing connects until <see cref="RunAsync"/>.</summary>
    /// <param name="settings">Who the shard is and where it connects.</param>
    /// <param name="identifyGate">Paces IDENTIFY across shards and enforces the session start limit.</param>
    /// <param name="events">Where dispatches go; the writer is not completed by the shard.</param>
    /// <param name="timeProvider">The clock for heartbeats, backoff, the send budget and event arrival times.</param>
    /// <param name="logger">The log.</param>
    /// <param name="random">Jitter for the first heartbeat and for backoff; injectable so tests are deterministic.</param>
    public GatewayShard(
        GatewayShardSettings settings,
        IIdentifyGate identifyGate,
        ChannelWriter<GatewayEvent> events,
        TimeProvider timeProvider,
        ILogger<GatewayShard> logger,
        Random? random = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfNegative(settings.ShardId);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(settings.ShardId, settings.ShardCount);
        _settings = settings;
        _identifyGate = identifyGate ?? throw new ArgumentNullException(nameof(identifyGate));
        _events = events ?? throw new ArgumentNullException(nameof(events));
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _random = random ?? Random.Shared;
        _backoff = new GatewayReconnectBackoff(_random);
        _heartbeat = new GatewayHeartbeatLoop(settings.ShardId, _session, _time, NextRandom, _logger);
        _status = new GatewayShardStatus(settings.ShardId, GatewayShardState.Created, _time.GetUtcNow(), null, 0);
    }

    /// <summary>Raised on every state change, on the thread that made it.</summary>
    public event EventHandler<GatewayShardStatus>? StatusChanged;

    /// <summary>Raised when the server ACKs a heartbeat, with the round trip since it was sent (for latency metrics).</summary>
    public event EventHandler<TimeSpan>? HeartbeatAcknowledged;

    /// <summary>This shard's id.</summary>
    public int ShardId => _settings.ShardId;

    /// <summary>The current state, for health checks.</summary>
    public GatewayShardStatus Status => Volatile.Read(ref _status);

    /// <summary>The guilds this shard currently has (from GUILD_CREATE / GUILD_DELETE).</summary>
    public IReadOnlyCollection<Snowflake> Guilds => [.. _guilds.Keys];

    /// <summary>The sequence number of the last dispatch, or null before the first.</summary>
    public long? LastSequence => _session.Sequence;

    /// <summary>The current session's id, or null when there is none to resume.</summary>
    public string? SessionId => _session.SessionId;

    /// <summary>
    /// After a handover stop (<see cref="BeginStop"/> with <c>handover</c>), the session the next owner should resume;
    /// null before the run ended, after a final stop, or when there was no session to keep.
    /// </summary>
    public ResumableSession? HandedOverSession => Volatile.Read(ref _handedOver);

    private bool StopRequested => Volatile.Read(ref _stopMode) != 0;

    private bool HandingOver => Volatile.Read(ref _stopMode) == HandoverStop;

    /// <summary>
    /// Starts from a session that a previous owner of the shard left (after a restart, or on another process): the
    /// first connection RESUMEs it instead of identifying, and receives what was missed. If Discord refuses it
    /// (op 9), the shard identifies afresh as usual. Call before <see cref="RunAsync"/>.
    /// </summary>
    public void RestoreSession(ResumableSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (session.ShardId != ShardId || session.ShardCount != _settings.ShardCount)
        {
            throw new ArgumentException(
                $"The session belongs to shard [{session.ShardId}, {session.ShardCount}], not [{ShardId}, {_settings.ShardCount}].", nameof(session));
        }

        _session.Restore(session.SessionId, session.ResumeUrl, session.Sequence);
        foreach (var guild in session.Guilds ?? [])
        {
            _guilds.TryAdd(guild, 0);
        }
    }

    /// <summary>
    /// Runs the shard until <see cref="BeginStop"/> (or <paramref name="cancellationToken"/>, which drops the
    /// connection without a goodbye) ends it, or a fatal close stops it (<see cref="Status"/> then says why). Never
    /// throws for connection trouble.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // Waiting (backoff, the identify slot, connecting) ends at once on a stop; a live connection does not: it
        // closes with a close frame and reads on until the server's answer, so nothing it already sent is cut off.
        using var waits = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopWaiting.Token);
        var delay = TimeSpan.Zero;
        try
        {
            while (!StopRequested)
            {
                if (delay > TimeSpan.Zero)
                {
                    SetState(GatewayShardState.Reconnecting);
                    Diagnostics.DiscordMetrics.Reconnecting(ShardId);
                    await Task.Delay(delay, _time, waits.Token).ConfigureAwait(false);
                }

                var resuming = _session.CanResume;
                var permit = resuming ? null : await WaitForIdentifySlotAsync(waits.Token).ConfigureAwait(false);
                if (permit is { Granted: false })
                {
                    Stop(permit.RefusalReason ?? "identify refused");
                    return;
                }

                GatewayConnectionEnd end;
                try
                {
                    end = await RunConnectionAsync(resuming, permit, waits.Token, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    if (permit is not null)
                    {
                        await permit.DisposeAsync().ConfigureAwait(false);
                    }
                }

                if (StopRequested)
                {
                    break;
                }

                if (end.Action == GatewayCloseAction.Stop)
                {
                    Stop(end.Reason);
                    return;
                }

                delay = PlanNextConnection(end, resuming);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested || StopRequested)
        {
        }

        FinishStop();
    }

    /// <summary>
    /// Sends a presence update (op 3) on the live connection. Returns false when the shard has no live connection
    /// (or loses it while sending).
    /// Throws <see cref="GatewayPayloadTooLargeException"/> when the command exceeds <see cref="MaxPayloadBytes"/>.
    /// </summary>
    public async Task<bool> UpdatePresenceAsync(GatewayPresence presence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(presence);
        var context = Volatile.Read(ref _current);
        if (context is null || !context.Live)
        {
            return false;
        }

        try
        {
            await GatewayCommands.PresenceUpdateAsync(context.Connection, presence, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // The connection went away while we were sending; the caller may try again once the shard is live.
            return false;
        }
    }

    private TimeSpan PlanNextConnection(GatewayConnectionEnd end, bool resumed)
    {
        if (resumed && !end.WasLive)
        {
            _session.ResumeFailed();
        }

        var action = end.Action;
        var delay = action switch
        {
            GatewayCloseAction.Reidentify => TimeSpan.FromSeconds(1 + (4 * NextRandom())),
            GatewayCloseAction.Resume when end.WasLive => TimeSpan.Zero,
            _ => _backoff.Next(),
        };

        if (action == GatewayCloseAction.Reidentify)
        {
            _session.Forget();
        }
        else if (_session.FailedResumes >= MaxFailedResumes && _session.CanResume)
        {
            _logger.ResumesExhausted(ShardId, _session.FailedResumes);
            _session.Forget();
        }

        _logger.ConnectionEnded(ShardId, end.Reason, action, delay);
        return delay;
    }

    /// <summary>One connection, from connecting to its end.</summary>
    /// <param name="resuming">Resume the session instead of identifying.</param>
    /// <param name="permit">The identify permit, reported back once IDENTIFY went out; null when resuming.</param>
    /// <param name="connectToken">Ends connecting: a stop or the hard cancellation.</param>
    /// <param name="cancellationToken">The hard cancellation: drops the live connection without a goodbye.</param>
    private async Task<GatewayConnectionEnd> RunConnectionAsync(
        bool resuming, IdentifyPermit? permit, CancellationToken connectToken, CancellationToken cancellationToken)
    {
        var url = resuming ? _session.ResumeUrl! : _settings.GatewayUrl;
        SetState(GatewayShardState.Connecting);
        _logger.Connecting(ShardId, url.Authority, resuming ? "resume" : "identify");
        GatewayConnection connection;
        try
        {
            connection = await GatewayConnection.ConnectAsync(url, _settings.Compression, _settings.UserAgent, _time, connectToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or HttpRequestException or IOException)
        {
            _logger.ConnectFailed(ShardId, ex.Message);
            return new GatewayConnectionEnd(GatewayCloseAction.Reconnect, "could not connect", null, false);
        }

        await using (connection.ConfigureAwait(false))
        {
            using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var context = new GatewayConnectionContext(connection, lifetime);
            Task heartbeat = Task.CompletedTask;
            Volatile.Write(ref _current, context);
            if (StopRequested)
            {
                // The stop came while we were connecting and found no connection to close: close this one.
                BeginClosing(context);
            }

            try
            {
                var hello = await ReceiveHelloAsync(context).ConfigureAwait(false);
                if (hello.End is not null)
                {
                    return hello.End;
                }

                heartbeat = _heartbeat.RunAsync(context, hello.Interval);
                if (StopRequested)
                {
                    // Closing already: no new session, just wait for the server's close frame.
                }
                else if (resuming)
                {
                    SetState(GatewayShardState.Resuming);
                    await GatewayCommands.ResumeAsync(connection, _settings.Token, _session.SessionId!, _session.Sequence, lifetime.Token).ConfigureAwait(false);
                }
                else
                {
                    SetState(GatewayShardState.Identifying);
                    try
                    {
                        await GatewayCommands.IdentifyAsync(connection, _settings, lifetime.Token).ConfigureAwait(false);
                    }
                    finally
                    {
                        // Counted even when the send failed half-way: Discord may have it, so the bucket's next
                        // IDENTIFY is timed from here.
                        if (permit is not null)
                        {
                            await permit.IdentifiedAsync().ConfigureAwait(false);
                        }
                    }
                }

                return await ReceiveLoopAsync(context).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The hard stop: no time left for the server's answer. The close frame still says what we meant.
                await connection.CloseAsync(StopCloseCode, "shutting down", CancellationToken.None).ConfigureAwait(false);
                throw;
            }
            catch (Exception) when (context.Zombie)
            {
                return GatewayConnectionEnd.Zombie(context.Live);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
            {
                return new GatewayConnectionEnd(GatewayCloseAction.Reconnect, $"connection lost: {ex.Message}", null, context.Live);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A bug of ours must not end the shard for good: log it, drop the connection and come back with backoff.
                _logger.UnexpectedError(ShardId, ex);
                await connection.CloseAsync(GatewayCloseCodes.ClientReconnect, "client error", CancellationToken.None).ConfigureAwait(false);
                return new GatewayConnectionEnd(GatewayCloseAction.Reconnect, $"client error: {ex.GetType().Name}", null, context.Live);
            }
            finally
            {
                Volatile.Write(ref _current, null);
                await lifetime.CancelAsync().ConfigureAwait(false);
                await heartbeat.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task<(TimeSpan Interval, GatewayConnectionEnd? End)> ReceiveHelloAsync(GatewayConnectionContext context)
    {
        var first = await context.Connection.ReceiveAsync(context.Lifetime.Token).ConfigureAwait(false);
        if (first.IsClosed)
        {
            return (default, GatewayConnectionEnd.FromClose(first.CloseCode, context.Live));
        }

        try
        {
            var payload = JsonSerializer.Deserialize(first.Payload.Span, GatewayJsonContext.Default.GatewayPayload);
            if (payload is { Op: GatewayOpCode.Hello } && payload.D.ValueKind == JsonValueKind.Object)
            {
                var hello = payload.D.Deserialize(GatewayJsonContext.Default.HelloData);
                if (hello is { HeartbeatInterval: > 0 })
                {
                    return (TimeSpan.FromMilliseconds(hello.HeartbeatInterval), null);
                }
            }
        }
        catch (JsonException ex)
        {
            _logger.MalformedPayload(ShardId, null, null, first.Payload.Length, ex.Message);
        }

        await context.Connection.CloseAsync(GatewayCloseCodes.ClientReconnect, "expected HELLO", CancellationToken.None).ConfigureAwait(false);
        return (default, new GatewayConnectionEnd(GatewayCloseAction.Reconnect, "the first payload was not HELLO", null, false));
    }

    /// <summary>
    /// Waits for this shard's identify slot before connecting: Discord closes a connection that does not identify
    /// soon after HELLO, and with many shards a slot can be minutes away. The permit holds the rate-limit bucket
    /// until IDENTIFY went out.
    /// </summary>
    private async Task<IdentifyPermit> WaitForIdentifySlotAsync(CancellationToken cancellationToken)
    {
        SetState(GatewayShardState.Identifying);
        return await _identifyGate.WaitToIdentifyAsync(ShardId, cancellationToken).ConfigureAwait(false);
    }

    private async Task<GatewayConnectionEnd> ReceiveLoopAsync(GatewayConnectionContext context)
    {
        while (true)
        {
            var message = await context.Connection.ReceiveAsync(context.Lifetime.Token).ConfigureAwait(false);
            if (context.Zombie)
            {
                // We closed it ourselves; whatever the server answered, the session is ours to resume.
                return GatewayConnectionEnd.Zombie(context.Live);
            }

            if (message.IsClosed)
            {
                return GatewayConnectionEnd.FromClose(message.CloseCode, context.Live);
            }

            var end = await HandlePayloadAsync(context, message.Payload).ConfigureAwait(false);
            if (end is not null)
            {
                var closeCode = end.Action == GatewayCloseAction.Reidentify ? 1000 : GatewayCloseCodes.ClientReconnect;
                await context.Connection.CloseAsync(closeCode, end.Reason, CancellationToken.None, awaitServerClose: true).ConfigureAwait(false);
                return end;
            }
        }
    }

    private double NextRandom()
    {
        lock (_randomLock)
        {
            return _random.NextDouble();
        }
    }

    private void SetState(GatewayShardState state, string? stopReason = null)
    {
        var status = new GatewayShardStatus(ShardId, state, _time.GetUtcNow(), stopReason, _guilds.Count);
        Volatile.Write(ref _status, status);
        StatusChanged?.Invoke(this, status);
    }
}
