using System.Threading.Channels;
using EventChannel = System.Threading.Channels.Channel<FandomBot.Discord.Gateway.Events.GatewayEvent>;
using FandomBot.Discord.Gateway;
using FandomBot.Discord.Gateway.Events;
using FandomBot.Discord.Models;
using FandomBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FandomBot.Discord.Sharding;

/// <summary>
/// Runs this process's shards (<c>Discord:ShardIds</c> of <c>Discord:ShardCount</c>, see <see cref="ShardAssignment"/>)
/// with identify pacing (shared with other processes through <see cref="IIdentifyCoordinator"/>), and merges their
/// dispatches into one bounded event channel the bot consumes. It resumes the sessions a previous owner of its shards
/// left in the <see cref="IGatewaySessionStore"/>, and on stop leaves its own there (<c>Discord:HandoverOnStop</c>).
/// </summary>
public sealed partial class ShardManager : IAsyncDisposable
{
    /// <summary>How many events may wait for the bot before the shards stop reading (back-pressure, not loss).</summary>
    public const int EventBufferCapacity = 4096;

    private readonly DiscordClientOptions _options;
    private readonly DiscordRestState _rest;
    private readonly IGatewayBotInfoSource _gatewayInfo;
    private readonly IGatewaySessionStore _sessionStore;
    private readonly IIdentifyCoordinator _identifyCoordinator;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly Random? _random;
    private readonly EventChannel _events = System.Threading.Channels.Channel.CreateBounded<GatewayEvent>(
        new BoundedChannelOptions(EventBufferCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = false, SingleWriter = false });

    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _runs = [];
    private readonly Lock _stopLock = new();
    private List<GatewayShard> _shards = [];
    private Task? _stopped;
    private int _disposed;

    /// <summary>Creates the manager; nothing connects until <see cref="StartAsync"/>.</summary>
    public ShardManager(
        IOptions<DiscordClientOptions> options,
        DiscordRestState rest,
        IGatewayBotInfoSource gatewayInfo,
        IGatewaySessionStore sessionStore,
        IIdentifyCoordinator identifyCoordinator,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory)
        : this(options, rest, gatewayInfo, sessionStore, identifyCoordinator, timeProvider, loggerFactory, null)
    {
    }

    /// <summary>Creates the manager with a fixed jitter source, for deterministic tests.</summary>
    internal ShardManager(
        IOptions<DiscordClientOptions> options,
        DiscordRestState rest,
        IGatewayBotInfoSource gatewayInfo,
        IGatewaySessionStore sessionStore,
        IIdentifyCoordinator identifyCoordinator,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory,
        Random? random)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _rest = rest ?? throw new ArgumentNullException(nameof(rest));
        _gatewayInfo = gatewayInfo ?? throw new ArgumentNullException(nameof(gatewayInfo));
        _sessionStore = sessionStore ?? throw new ArgumentNullException(nameof(sessionStore));
        _identifyCoordinator = identifyCoordinator ?? throw new ArgumentNullException(nameof(identifyCoordinator));
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _loggerFactory = loggerFactory ?? throw new ArgumentNullException(nameof(loggerFactory));
        _logger = loggerFactory.CreateLogger<ShardManager>();
        _random = random;
    }

    /// <summary>Every dispatch of every shard of this process, in arrival order per shard.</summary>
    public ChannelReader<GatewayEvent> Events => _events.Reader;

    /// <summary>This process's shards (empty until started).</summary>
    public IReadOnlyList<GatewayShard> Shards => _shards;

    /// <summary>The shards this process runs, once started.</summary>
    public ShardSelection? Selection { get; private set; }

    /// <summary>Why the manager did not start its shards, when it did not.</summary>
    public string? NotStartedReason { get; private set; }

    /// <summary>
    /// Discord's answer when <c>GET /gateway/bot</c> failed (a rejected token, no answer after the retries): what the
    /// process's exit code reports. Null when the shards started or did not for another reason.
    /// </summary>
    public DiscordApiError? NotStartedError { get; private set; }

    /// <summary>The identify pacing in use, once started.</summary>
    public IdentifyScheduler? IdentifyScheduler { get; private set; }

    /// <summary>Each shard's health, for the health file.</summary>
    public IReadOnlyList<GatewayShardStatus> Statuses => [.. _shards.Select(s => s.Status)];

    /// <summary>
    /// Asks Discord for the gateway, works out the shards, takes the sessions stored for them, and starts them: those
    /// with a fresh enough session resume it, the others identify. Returns false (and logs why, once) when it cannot
    /// start: no token, <c>GET /gateway/bot</c> failed, a bad shard selection, or no session starts left and nothing
    /// to resume.
    /// </summary>
    public async Task<bool> StartAsync(CancellationToken cancellationToken)
    {
        if (_shards.Count > 0)
        {
            throw new InvalidOperationException("The shards are already running.");
        }

        var token = _rest.BotToken;
        if (string.IsNullOrEmpty(token))
        {
            return NotStarted("no bot token: set Discord:Token or Discord:TokenFile");
        }

        var info = await _gatewayInfo.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
        if (!info.IsSuccess)
        {
            NotStartedError = info.Error;
            return NotStarted($"GET /gateway/bot failed: {info.Error}");
        }

        var gateway = info.Value;
        var shardCount = _options.ShardCount ?? Math.Max(1, gateway.Shards);
        if (!ShardAssignment.TryResolve(_options, shardCount, HostOrdinal.CurrentHostName, out var selection, out var error))
        {
            return NotStarted(error);
        }

        if (_stopping.IsCancellationRequested)
        {
            return NotStarted("the bot is stopping");
        }

        var resumable = await TakeResumableSessionsAsync(selection, cancellationToken).ConfigureAwait(false);
        List<int> identifying = [.. selection.ShardIds.Where(id => !resumable.ContainsKey(id))];
        var limit = gateway.SessionStartLimit;
        limit = limit with { Remaining = Math.Min(limit.Remaining, await _identifyCoordinator.ShareSessionStartsAsync(limit, cancellationToken).ConfigureAwait(false)) };
        if (limit.Remaining <= 0 && resumable.Count == 0)
        {
            return NotStarted(IdentifyScheduler.DescribeExhausted(limit.Total, TimeSpan.FromMilliseconds(limit.ResetAfter)));
        }

        if (limit.Remaining < identifying.Count)
        {
            LogFewSessionStarts(_logger, limit.Remaining, identifying.Count);
        }

        var scheduler = new IdentifyScheduler(identifying, limit, _time, _identifyCoordinator);
        var gatewayUrl = _options.GatewayUrl ?? gateway.Url;
        List<GatewayShard> shards = [];
        foreach (var shardId in selection.ShardIds)
        {
            var settings = new GatewayShardSettings
            {
                ShardId = shardId,
                ShardCount = shardCount,
                Token = token,
                GatewayUrl = gatewayUrl,
                Intents = _options.Intents,
                Compression = _options.Compression,
                UserAgent = _rest.UserAgent,
            };
            var shard = new GatewayShard(settings, scheduler, _events.Writer, _time, _loggerFactory.CreateLogger<GatewayShard>(), _random);
            if (resumable.TryGetValue(shardId, out var session))
            {
                shard.RestoreSession(session);
            }

            shards.Add(shard);
        }

        Selection = selection;
        IdentifyScheduler = scheduler;
        _shards = shards;
        LogStarting(_logger, selection.ToString(), limit.MaxConcurrency, gatewayUrl.Authority);
        foreach (var shard in shards)
        {
            _runs.Add(Task.Run(() => shard.RunAsync(_stopping.Token), CancellationToken.None));
        }

        return true;
    }

    /// <summary>This process's shard that carries <paramref name="guildId"/> (null = DMs, shard 0), or null when another process runs it.</summary>
    public GatewayShard? ShardFor(Snowflake? guildId)
    {
        if (Selection is not { } selection)
        {
            return null;
        }

        var shardId = ShardRouting.ShardFor(guildId, selection.ShardCount);
        return _shards.FirstOrDefault(s => s.ShardId == shardId);
    }

    /// <summary>
    /// Stops every shard with a close frame and waits for them (see <see cref="GatewayShard.BeginStop"/>): with
    /// <c>Discord:HandoverOnStop</c> the sessions stay open on Discord's side and are stored for the next owner of the
    /// shards; otherwise they end (close code 1000). Everything the shards read before their close is in
    /// <see cref="Events"/>, which is completed. When <paramref name="cancellationToken"/> fires first, the
    /// connections are dropped. Later calls wait for the first.
    /// </summary>
    public Task StopAsync(CancellationToken cancellationToken)
    {
        lock (_stopLock)
        {
            _stopped ??= StopShardsAsync(_options.HandoverOnStop, cancellationToken);
            return _stopped;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        try
        {
            await StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // An earlier stop ran out of time and dropped the connections; there is nothing left to stop.
        }

        await Task.WhenAll(_runs).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stopping.Dispose();
    }

    private async Task StopShardsAsync(bool handover, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var shard in _shards)
            {
                shard.BeginStop(handover);
            }

            try
            {
                await Task.WhenAll(_runs).WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                // Out of time, or the shards are done: either way nothing may connect again.
                await _stopping.CancelAsync().ConfigureAwait(false);
            }

            if (handover)
            {
                await StoreHandedOverSessionsAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _events.Writer.TryComplete();
        }
    }

    private async Task StoreHandedOverSessionsAsync(CancellationToken cancellationToken)
    {
        List<ResumableSession> sessions = [.. _shards.Select(s => s.HandedOverSession).OfType<ResumableSession>()];
        if (sessions.Count == 0)
        {
            return;
        }

        if (await _sessionStore.SaveAsync(sessions, cancellationToken).ConfigureAwait(false))
        {
            LogSessionsStored(_logger, sessions.Count, string.Join(',', sessions.Select(s => s.ShardId)));
        }
        else
        {
            LogSessionsNotStored(_logger, sessions.Count);
        }
    }

    /// <summary>The stored sessions this process may resume, by shard; each one taken is gone from the store.</summary>
    private async Task<Dictionary<int, ResumableSession>> TakeResumableSessionsAsync(ShardSelection selection, CancellationToken cancellationToken)
    {
        var stored = await _sessionStore.TakeAsync(selection.ShardIds, cancellationToken).ConfigureAwait(false);
        var window = TimeSpan.FromSeconds(_options.ResumeWindowSeconds);
        var now = _time.GetUtcNow();
        Dictionary<int, ResumableSession> resumable = [];
        foreach (var session in stored.Where(s => selection.Contains(s.ShardId)))
        {
            var age = now - session.SavedAt;
            if (session.ShardCount != selection.ShardCount)
            {
                LogStoredSessionOtherCount(_logger, session.ShardId, session.ShardCount, selection.ShardCount);
            }
            else if (age > window)
            {
                LogStoredSessionTooOld(_logger, session.ShardId, age.TotalSeconds, _options.ResumeWindowSeconds);
            }
            else
            {
                LogResumingStoredSession(_logger, session.ShardId, session.SessionId, Math.Max(0, age.TotalSeconds));
                resumable[session.ShardId] = session;
            }
        }

        return resumable;
    }

    private bool NotStarted(string reason)
    {
        NotStartedReason = reason;
        LogNotStarting(_logger, reason);
        return false;
    }

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Starting {Selection} (max_concurrency {MaxConcurrency}) at {GatewayHost}")]
    private static partial void LogStarting(ILogger logger, string selection, int maxConcurrency, string gatewayHost);

    // Warning, not Critical: StartAsync returns false with the reason (NotStartedReason, NotStartedError), and what a
    // failed start means for the process (its exit code, the one line an operator reads on standard error) is the
    // caller's to say. At Critical the host's console printed it on standard error beside the host's own line.
    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Not starting the gateway: {Reason}")]
    private static partial void LogNotStarting(ILogger logger, string reason);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "Stored {Count} gateway sessions (shards {ShardIds}) for the next owner of the shards to resume")]
    private static partial void LogSessionsStored(ILogger logger, int count, string shardIds);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning, Message = "Could not store {Count} gateway sessions: the next owner of the shards will identify afresh")]
    private static partial void LogSessionsNotStored(ILogger logger, int count);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Information, Message = "Shard {ShardId} resumes session {SessionId}, left {AgeSeconds:0.0} s ago by the shard's previous owner")]
    private static partial void LogResumingStoredSession(ILogger logger, int shardId, string sessionId, double ageSeconds);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Information, Message = "Shard {ShardId}'s stored session is {AgeSeconds:0} s old, older than Discord keeps sessions (Discord:ResumeWindowSeconds = {WindowSeconds}): identifying")]
    private static partial void LogStoredSessionTooOld(ILogger logger, int shardId, double ageSeconds, int windowSeconds);

    [LoggerMessage(EventId = 1107, Level = LogLevel.Information, Message = "Shard {ShardId}'s stored session was for {StoredCount} shards, not {ShardCount}: identifying")]
    private static partial void LogStoredSessionOtherCount(ILogger logger, int shardId, int storedCount, int shardCount);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Only {Remaining} session starts are left for {ShardCount} shards; shards beyond that will stop instead of identifying")]
    private static partial void LogFewSessionStarts(ILogger logger, int remaining, int shardCount);
}
