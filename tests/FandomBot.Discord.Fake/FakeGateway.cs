using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FandomBot.Discord.Fake.Gateway;
using FandomBot.Discord.Fake.Rest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FandomBot.Discord.Fake;

/// <summary>
/// The gateway half of the fake Discord server: a real WebSocket endpoint at <c>/gateway</c> speaking the v10
/// protocol (HELLO, heartbeats, IDENTIFY → READY + GUILD_CREATE, RESUME with replay, op 7, op 9, close codes),
/// with knobs to misbehave and a record of everything clients sent. Sessions outlive their connections as Discord's
/// do, so a RESUME from another connection or another process replays what was missed; IDENTIFY is held to
/// Discord's rate limit (one per 5 s per <c>shard_id % max_concurrency</c>) and spends a session start.
/// </summary>
public sealed class FakeGateway(TimeProvider timeProvider) : IAsyncDisposable
{
    /// <summary>What the server sees when a connection ends without a close frame from the client.</summary>
    public const int AbnormalClosure = 1006;

    /// <summary>Discord's limit on one gateway command, in bytes.</summary>
    public const int MaxPayloadBytes = 4096;

    private readonly ConcurrentDictionary<string, FakeGatewaySession> _sessions = new();
    private readonly ConcurrentDictionary<ulong, string> _guilds = new();
    private readonly List<FakeGatewayCommand> _commands = [];
    private readonly List<FakeGatewayConnection> _connections = [];
    private readonly List<FakeGatewayConnectionInfo> _connectionInfos = [];
    private readonly Dictionary<int, int?> _clientCloseCodes = [];
    private readonly List<(Func<FakeGateway, bool> Condition, TaskCompletionSource Signal)> _waiters = [];
    private readonly Lock _lock = new();
    private readonly FakeIdentifyRateLimit _identifyRateLimit = new(timeProvider);
    private int _nextConnectionId;
    private long _nextSessionOrder;
    private int _pendingResumeFailures;
    private int _sessionStartOverruns;

    internal TimeProvider Time { get; } = timeProvider;

    /// <summary>Where <c>max_concurrency</c> and the session start budget come from (the REST half's <c>GET /gateway/bot</c>).</summary>
    internal FakeGatewayBotSettings? GatewayBot { get; set; }

    /// <summary>The ws:// URL clients connect to; set once the server listens.</summary>
    public Uri PublicUrl { get; internal set; } = null!;

    /// <summary>
    /// The <c>resume_gateway_url</c> READY hands out: the same server under another path, so tests can tell a resume
    /// that went where Discord said from a fresh identify at the gateway URL.
    /// </summary>
    public Uri ResumeUrl => new(PublicUrl, ResumePath);

    /// <summary>The path of <see cref="ResumeUrl"/>.</summary>
    public const string ResumePath = "/resume-gateway";

    /// <summary>The heartbeat interval HELLO announces, in milliseconds.</summary>
    public int HeartbeatIntervalMilliseconds { get; set; } = 41_250;

    /// <summary>Whether heartbeats are ACKed; switch off to make every connection look like a zombie to the client.</summary>
    public bool AcknowledgeHeartbeats { get; set; } = true;

    /// <summary>When set, IDENTIFY must carry this token or the connection closes with 4004.</summary>
    public string? ExpectedToken { get; set; }

    /// <summary>When set, every IDENTIFY is answered by closing with this code (4004, 4014, …).</summary>
    public int? CloseCodeOnIdentify { get; set; }

    /// <summary>When set, every new connection is closed with this code before HELLO (an outage, a load balancer in trouble).</summary>
    public int? CloseCodeOnConnect { get; set; }

    /// <summary>
    /// Whether an IDENTIFY less than 5 s after the previous one of its rate-limit bucket is refused with op 9, as
    /// Discord refuses it (on by default). Refusals are listed in <see cref="IdentifyRateLimitViolations"/>.
    /// </summary>
    public bool EnforceIdentifyRateLimit { get; set; } = true;

    /// <summary>
    /// How long a session stays resumable without a connection ("a few minutes" on Discord); after that a RESUME is
    /// answered with op 9 <c>d: false</c>.
    /// </summary>
    public TimeSpan DisconnectedSessionLifetime { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>The IDENTIFYs refused for coming too early in their rate-limit bucket.</summary>
    public IReadOnlyList<FakeIdentifyViolation> IdentifyRateLimitViolations => _identifyRateLimit.Violations;

    /// <summary>IDENTIFYs accepted with no session start left (Discord would reset the bot's token).</summary>
    public int SessionStartLimitOverruns => Volatile.Read(ref _sessionStartOverruns);

    /// <summary>The bot user id sent in READY.</summary>
    public ulong BotUserId { get; set; } = 1_000_000_000_000_001;

    /// <summary>The application id sent in READY.</summary>
    public ulong ApplicationId { get; set; } = 1_000_000_000_000_002;

    /// <summary>Every command clients sent, in order.</summary>
    public IReadOnlyList<FakeGatewayCommand> Commands
    {
        get
        {
            lock (_lock)
            {
                return [.. _commands];
            }
        }
    }

    /// <summary>Every connection clients opened, in order.</summary>
    public IReadOnlyList<FakeGatewayConnectionInfo> Connections
    {
        get
        {
            lock (_lock)
            {
                return [.. _connectionInfos];
            }
        }
    }

    /// <summary>
    /// The close codes clients sent, by connection id, for every connection that ended: the code of the client's close
    /// frame, or <see cref="AbnormalClosure"/> (1006) when the client went without one.
    /// </summary>
    public IReadOnlyDictionary<int, int?> ClientCloseCodes
    {
        get
        {
            lock (_lock)
            {
                return new Dictionary<int, int?>(_clientCloseCodes);
            }
        }
    }

    /// <summary>The IDENTIFY commands received.</summary>
    public IReadOnlyList<FakeGatewayCommand> Identifies => OfOp(2);

    /// <summary>The RESUME commands received.</summary>
    public IReadOnlyList<FakeGatewayCommand> Resumes => OfOp(6);

    /// <summary>The heartbeats received.</summary>
    public IReadOnlyList<FakeGatewayCommand> Heartbeats => OfOp(1);

    /// <summary>Commands rejected for being over <see cref="MaxPayloadBytes"/>.</summary>
    public int OversizedPayloads { get; private set; }

    /// <summary>The most commands one connection sent within any 60 s.</summary>
    public int MaxCommandsPerMinute { get; private set; }

    /// <summary>The sessions created so far, oldest first.</summary>
    public IReadOnlyCollection<FakeGatewaySession> Sessions => [.. _sessions.Values.OrderBy(s => s.Order)];

    /// <summary>Adds a guild the bot is in; the shard it maps to gets its GUILD_CREATE on READY.</summary>
    public void AddGuild(ulong guildId, string name) => _guilds[guildId] = name;

    /// <summary>The next <paramref name="count"/> RESUMEs are answered with op 9 <c>d: true</c>.</summary>
    public void FailNextResumes(int count) => Interlocked.Exchange(ref _pendingResumeFailures, count);

    /// <summary>Waits until <paramref name="condition"/> holds (checked whenever something arrives), or the token fires.</summary>
    public async Task WaitUntilAsync(Func<FakeGateway, bool> condition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            _waiters.Add((condition, signal));
        }

        Notify();
        await signal.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a dispatch to the shard's session (kept for replay; held back while the connection is a zombie).</summary>
    public Task<FakeGatewayDispatch> SendDispatchAsync(int shardId, string eventName, JsonNode? data) =>
        SendDispatchAsync(SessionOf(shardId), eventName, data);

    /// <summary>A MESSAGE_CREATE in <paramref name="guildId"/> (or a DM when null), routed to the shard that owns it.</summary>
    public Task<FakeGatewayDispatch> SendMessageCreateAsync(
        ulong? guildId, ulong channelId, string content, ulong authorId = 42, ulong? messageId = null) =>
        SendMessageCreateAsync(FakeGatewayPayloads.Message(guildId, channelId, content, authorId, messageId ?? FakeGatewayPayloads.NextSnowflake(), Time.GetUtcNow()));

    /// <summary>A MESSAGE_CREATE with a message object the test built itself, routed by its <c>guild_id</c>.</summary>
    public Task<FakeGatewayDispatch> SendMessageCreateAsync(JsonObject message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return SendDispatchAsync(SessionForGuild(FakeGatewayPayloads.GuildIdOf(message)), "MESSAGE_CREATE", message);
    }

    /// <summary>An INTERACTION_CREATE (a slash command) in <paramref name="guildId"/> (or a DM when null), routed to its shard.</summary>
    public Task<FakeGatewayDispatch> SendInteractionAsync(
        ulong? guildId, ulong channelId, string commandName, ulong userId = 42, string token = "interaction-token", ulong? interactionId = null) =>
        SendInteractionAsync(FakeGatewayPayloads.SlashCommand(
            guildId, channelId, commandName, userId, token, interactionId ?? FakeGatewayPayloads.NextSnowflake(), ApplicationId));

    /// <summary>An INTERACTION_CREATE with an interaction object the test built itself, routed by its <c>guild_id</c>.</summary>
    public Task<FakeGatewayDispatch> SendInteractionAsync(JsonObject interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return SendDispatchAsync(SessionForGuild(FakeGatewayPayloads.GuildIdOf(interaction)), "INTERACTION_CREATE", interaction);
    }

    /// <summary>A GUILD_DELETE for <paramref name="guildId"/> on the shard that owns it.</summary>
    public Task<FakeGatewayDispatch> SendGuildDeleteAsync(ulong guildId, bool unavailable) =>
        SendDispatchAsync(SessionForGuild(guildId), "GUILD_DELETE", FakeGatewayPayloads.GuildDelete(guildId, unavailable));

    /// <summary>Sends op 7: the client must reconnect and resume.</summary>
    public Task SendReconnectAsync(int shardId) => RawAsync(shardId, """{"op":7,"d":null}""");

    /// <summary>Sends op 9 with <c>d</c> = <paramref name="resumable"/>.</summary>
    public Task SendInvalidSessionAsync(int shardId, bool resumable) =>
        RawAsync(shardId, resumable ? """{"op":9,"d":true}""" : """{"op":9,"d":false}""");

    /// <summary>Sends op 1: the client must heartbeat at once.</summary>
    public Task RequestHeartbeatAsync(int shardId) => RawAsync(shardId, """{"op":1,"d":null}""");

    /// <summary>Sends any text, valid or not, on the shard's live connection; it is not numbered or kept for replay.</summary>
    public Task SendRawAsync(int shardId, string text) => RawAsync(shardId, text);

    /// <summary>Closes the shard's live connection with <paramref name="code"/>.</summary>
    public Task CloseAsync(int shardId, int code) => ConnectionOf(shardId).CloseAsync(code, "closed by the fake server");

    /// <summary>Makes the shard's live connection a zombie: it stops ACKing and delivering, but stays open.</summary>
    public void MakeZombie(int shardId) => ConnectionOf(shardId).IsZombie = true;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        FakeGatewayConnection[] connections;
        lock (_lock)
        {
            connections = [.. _connections];
            foreach (var waiter in _waiters)
            {
                waiter.Signal.TrySetCanceled();
            }

            _waiters.Clear();
        }

        foreach (var connection in connections)
        {
            try
            {
                await connection.CloseAsync(1001, "server stopping").ConfigureAwait(false);
                connection.Socket.Abort();
            }
            catch (ObjectDisposedException)
            {
                // The connection ended while we were stopping.
            }
        }

        foreach (var session in _sessions.Values)
        {
            session.Dispose();
        }
    }

    internal void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Map("/gateway", HandleAsync);
        app.Map(ResumePath, HandleAsync);
    }

    private async Task HandleAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest || http.Request.Query["v"] != "10" || http.Request.Query["encoding"] != "json")
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var compressed = http.Request.Query["compress"] == "zlib-stream";
        using var socket = await http.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var info = new FakeGatewayConnectionInfo(
            Interlocked.Increment(ref _nextConnectionId),
            http.Request.Path.Value ?? string.Empty,
            http.Request.QueryString.Value ?? string.Empty,
            http.Request.Headers.UserAgent.ToString(),
            compressed);
        using var connection = new FakeGatewayConnection(info, socket, Time);
        lock (_lock)
        {
            _connections.Add(connection);
            _connectionInfos.Add(info);
        }

        Notify();
        if (CloseCodeOnConnect is { } refuse)
        {
            await connection.CloseAsync(refuse, "try again later").ConfigureAwait(false);
        }

        await connection.SendAsync($$"""{"op":10,"d":{"heartbeat_interval":{{HeartbeatIntervalMilliseconds}}},"s":null,"t":null}""", CancellationToken.None).ConfigureAwait(false);
        try
        {
            await ReceiveLoopAsync(connection, http.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The client dropped the connection; that is a normal end for a fake server.
        }
        finally
        {
            int? clientCloseCode;
            lock (_lock)
            {
                _connections.Remove(connection);
                if (!_clientCloseCodes.TryGetValue(connection.Info.Id, out clientCloseCode))
                {
                    _clientCloseCodes[connection.Info.Id] = clientCloseCode = AbnormalClosure;
                }
            }

            connection.Session?.Detach(connection, clientCloseCode, Time.GetUtcNow());
            Notify();
        }
    }

    private async Task ReceiveLoopAsync(FakeGatewayConnection connection, CancellationToken aborted)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var length = 0;
            ValueWebSocketReceiveResult result;
            do
            {
                result = await connection.Socket.ReceiveAsync(buffer.AsMemory(length), aborted).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await AnswerClientCloseAsync(connection).ConfigureAwait(false);
                    return;
                }

                length += result.Count;
            }
            while (!result.EndOfMessage && length < buffer.Length);

            if (connection.IsClosing)
            {
                continue;
            }

            if (length > MaxPayloadBytes)
            {
                OversizedPayloads++;
                await connection.CloseAsync(4002, "payload too large").ConfigureAwait(false);
                continue;
            }

            var withinLimit = connection.CountCommand();
            MaxCommandsPerMinute = Math.Max(MaxCommandsPerMinute, connection.MaxCommandsPerMinute);
            if (!withinLimit)
            {
                await connection.CloseAsync(4008, "rate limited").ConfigureAwait(false);
                continue;
            }

            await HandleCommandAsync(connection, Encoding.UTF8.GetString(buffer, 0, length)).ConfigureAwait(false);
        }
    }

    private async Task AnswerClientCloseAsync(FakeGatewayConnection connection)
    {
        var code = (int?)connection.Socket.CloseStatus;
        lock (_lock)
        {
            _clientCloseCodes[connection.Info.Id] = code;
        }

        Notify();
        await connection.CloseAsync(code ?? 1000, "goodbye").ConfigureAwait(false);
    }

    private async Task HandleCommandAsync(FakeGatewayConnection connection, string json)
    {
        JsonNode? payload;
        try
        {
            payload = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            await connection.CloseAsync(4002, "decode error").ConfigureAwait(false);
            return;
        }

        var op = payload?["op"]?.GetValue<int>() ?? -1;
        var data = payload?["d"];
        Record(new FakeGatewayCommand(connection.Info.Id, connection.Session?.ShardId, op, data?.DeepClone(), json, Time.GetUtcNow()));
        switch (op)
        {
            case 1 when AcknowledgeHeartbeats && !connection.IsZombie:
                await connection.SendAsync("""{"op":11,"d":null}""", CancellationToken.None).ConfigureAwait(false);
                break;
            case 2:
                await IdentifyAsync(connection, data).ConfigureAwait(false);
                break;
            case 6:
                await ResumeAsync(connection, data).ConfigureAwait(false);
                break;
        }
    }

    private async Task IdentifyAsync(FakeGatewayConnection connection, JsonNode? data)
    {
        if (CloseCodeOnIdentify is { } code)
        {
            await connection.CloseAsync(code, "identify rejected").ConfigureAwait(false);
            return;
        }

        if (ExpectedToken is not null && data?["token"]?.GetValue<string>() != ExpectedToken)
        {
            await connection.CloseAsync(4004, "Authentication failed.").ConfigureAwait(false);
            return;
        }

        var shard = data?["shard"]?.AsArray();
        var shardId = shard?[0]?.GetValue<int>() ?? 0;
        var shardCount = shard?[1]?.GetValue<int>() ?? 1;
        if (shardCount < 1 || shardId < 0 || shardId >= shardCount)
        {
            await connection.CloseAsync(4010, "Invalid shard.").ConfigureAwait(false);
            return;
        }

        if (EnforceIdentifyRateLimit && !_identifyRateLimit.TryIdentify(shardId, GatewayBot?.MaxConcurrency ?? 1))
        {
            // Discord's answer to an identify over max_concurrency: an invalid session, no READY.
            await connection.SendAsync("""{"op":9,"d":false}""", CancellationToken.None).ConfigureAwait(false);
            Notify();
            return;
        }

        SpendSessionStart();
        var session = new FakeGatewaySession(
            Guid.NewGuid().ToString("N"), shardId, shardCount, Time.GetUtcNow(), Interlocked.Increment(ref _nextSessionOrder));
        session.Attach(connection);
        _sessions[session.SessionId] = session;
        connection.Session = session;
        var ownGuilds = _guilds.Where(g => ShardOf(g.Key, shardCount) == shardId).OrderBy(g => g.Key).ToList();
        var ready = FakeGatewayPayloads.Ready(session, BotUserId, ApplicationId, ResumeUrl, ownGuilds.Select(g => g.Key));
        await SendDispatchAsync(session, "READY", ready).ConfigureAwait(false);
        foreach (var guild in ownGuilds)
        {
            await SendDispatchAsync(session, "GUILD_CREATE", FakeGatewayPayloads.GuildCreate(guild.Key, guild.Value)).ConfigureAwait(false);
        }
    }

    private async Task ResumeAsync(FakeGatewayConnection connection, JsonNode? data)
    {
        var sessionId = data?["session_id"]?.GetValue<string>();
        var token = data?["token"]?.GetValue<string>();
        if (sessionId is null || !_sessions.TryGetValue(sessionId, out var session) || (ExpectedToken is not null && token != ExpectedToken)
            || !session.TryKeepForResume(Time.GetUtcNow(), DisconnectedSessionLifetime))
        {
            await connection.SendAsync("""{"op":9,"d":false}""", CancellationToken.None).ConfigureAwait(false);
            return;
        }

        if (Interlocked.Decrement(ref _pendingResumeFailures) >= 0)
        {
            await connection.SendAsync("""{"op":9,"d":true}""", CancellationToken.None).ConfigureAwait(false);
            return;
        }

        Interlocked.Exchange(ref _pendingResumeFailures, 0);
        var seq = data?["seq"]?.GetValue<long?>();
        await session.Delivery.WaitAsync().ConfigureAwait(false);
        try
        {
            var previous = session.Attach(connection);
            connection.Session = session;
            if (previous is not null && previous != connection)
            {
                await previous.CloseAsync(4009, "session moved").ConfigureAwait(false);
            }

            foreach (var missed in session.After(seq))
            {
                await connection.SendAsync(missed.ToJson(), CancellationToken.None).ConfigureAwait(false);
            }

            await connection.SendAsync(session.Append("RESUMED", null).ToJson(), CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            session.Delivery.Release();
        }

        Notify();
    }

    private async Task<FakeGatewayDispatch> SendDispatchAsync(FakeGatewaySession session, string eventName, JsonNode? data)
    {
        await session.Delivery.WaitAsync().ConfigureAwait(false);
        try
        {
            var dispatch = session.Append(eventName, data);
            if (session.Connection is { } connection)
            {
                try
                {
                    await connection.SendAsync(dispatch.ToJson(), CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is ObjectDisposedException or WebSocketException)
                {
                    // The connection went away while this was sent (a stop mid-stream): the session keeps the
                    // dispatch, and a resume replays it, as Discord does.
                }
            }

            return dispatch;
        }
        finally
        {
            session.Delivery.Release();
        }
    }

    private void SpendSessionStart()
    {
        if (GatewayBot is not { } budget)
        {
            return;
        }

        lock (_lock)
        {
            if (budget.SessionStartRemaining <= 0)
            {
                Interlocked.Increment(ref _sessionStartOverruns);
                return;
            }

            budget.SessionStartRemaining--;
        }
    }

    private Task RawAsync(int shardId, string text) => ConnectionOf(shardId).SendAsync(text, CancellationToken.None);

    private FakeGatewaySession SessionForGuild(ulong? guildId)
    {
        // DMs always arrive on shard 0; guild events on (guild_id >> 22) % shard_count.
        var any = _sessions.Values.MaxBy(s => s.Order) ?? throw new InvalidOperationException("No client has identified yet.");
        var shardId = guildId is { } guild ? ShardOf(guild, any.ShardCount) : 0;
        return SessionOf(shardId);
    }

    // The connected session, else the newest: what Discord routes a shard's events to. Events for a session that
    // cannot be resumed any more are lost, as on Discord.
    private FakeGatewaySession SessionOf(int shardId) =>
        _sessions.Values.Where(s => s.ShardId == shardId).OrderByDescending(s => s.IsConnected).ThenByDescending(s => s.Order).FirstOrDefault()
        ?? throw new InvalidOperationException($"Shard {shardId} has no session.");

    private FakeGatewayConnection ConnectionOf(int shardId) =>
        SessionOf(shardId).Connection ?? throw new InvalidOperationException($"Shard {shardId} has no live connection.");

    private static int ShardOf(ulong guildId, int shardCount) => (int)((guildId >> 22) % (ulong)shardCount);

    private IReadOnlyList<FakeGatewayCommand> OfOp(int op)
    {
        lock (_lock)
        {
            return [.. _commands.Where(c => c.Op == op)];
        }
    }

    private void Record(FakeGatewayCommand command)
    {
        lock (_lock)
        {
            _commands.Add(command);
        }

        Notify();
    }

    private void Notify()
    {
        (Func<FakeGateway, bool> Condition, TaskCompletionSource Signal)[] waiters;
        lock (_lock)
        {
            waiters = [.. _waiters];
        }

        // Conditions read the recorded state, which takes the lock itself: evaluate them outside it.
        foreach (var waiter in waiters.Where(w => w.Condition(this)))
        {
            lock (_lock)
            {
                _waiters.Remove(waiter);
            }

            waiter.Signal.TrySetResult();
        }
    }
}
