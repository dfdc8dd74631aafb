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
/// with identify pacing, and merges their dispatches into one bounded event channel the bot consumes.
/// </summary>
public sealed partial class ShardManager : IAsyncDisposable
{
    /// <summary>How many events may wait for the bot before the shards stop reading (back-pressure, not loss).</summary>
    public const int EventBufferCapacity = 4096;

    private readonly DiscordClientOptions _options;
    private readonly DiscordRestState _rest;
    private readonly IGatewayBotInfoSource _gatewayInfo;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly Random? _random;
    private readonly EventChannel _events = System.Threading.Channels.Channel.CreateBounded<GatewayEvent>(
        new BoundedChannelOptions(EventBufferCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = false, SingleWriter = false });

    private readonly CancellationTokenSource _stopping = new();
    private readonly List<Task> _runs = [];
    private List<GatewayShard> _shards = [];
    private int _disposed;

    /// <summary>Creates the manager; nothing connects until <see cref="StartAsync"/>.</summary>
    public ShardManager(
        IOptions<DiscordClientOptions> options,
        DiscordRestState rest,
        IGatewayBotInfoSource gatewayInfo,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory)
        : this(options, rest, gatewayInfo, timeProvider, loggerFactory, null)
    {
    }

    /// <summary>Creates the manager with a fixed jitter source, for deterministic tests.</summary>
    internal ShardManager(
        IOptions<DiscordClientOptions> options,
        DiscordRestState rest,
        IGatewayBotInfoSource gatewayInfo,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory,
        Random? random)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _rest = rest ?? throw new ArgumentNullException(nameof(rest));
        _gatewayInfo = gatewayInfo ?? throw new ArgumentNullException(nameof(gatewayInfo));
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

    /// <summary>The identify pacing in use, once started.</summary>
    public IdentifyScheduler? IdentifyScheduler { get; private set; }

    /// <summary>Each shard's health, for the health file.</summary>
    public IReadOnlyList<GatewayShardStatus> Statuses => [.. _shards.Select(s => s.Status)];

    /// <summary>
    /// Asks Discord for the gateway, works out the shards, and starts them. Returns false (and logs why, once) when it
    /// cannot start: no token, <c>GET /gateway/bot</c> failed, a bad shard selection, or no session starts left.
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
            return NotStarted($"GET /gateway/bot failed: {info.Error}");
        }

        var gateway = info.Value!;
        var shardCount = _options.ShardCount ?? Math.Max(1, gateway.Shards);
        if (!ShardAssignment.TryResolve(_options, shardCount, HostOrdinal.CurrentHostName, out var selection, out var error))
        {
            return NotStarted(error);
        }

        var limit = gateway.SessionStartLimit;
        if (limit.Remaining <= 0)
        {
            return NotStarted(IdentifyScheduler.DescribeExhausted(limit.Total, TimeSpan.FromMilliseconds(limit.ResetAfter)));
        }

        if (limit.Remaining < selection.ShardIds.Count)
        {
            LogFewSessionStarts(_logger, limit.Remaining, selection.ShardIds.Count);
        }

        var scheduler = new IdentifyScheduler(selection.ShardIds, limit, _time);
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
            shards.Add(new GatewayShard(settings, scheduler, _events.Writer, _time, _loggerFactory.CreateLogger<GatewayShard>(), _random));
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

    /// <summary>Closes every shard's connection and waits for them to finish.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(_runs).WaitAsync(cancellationToken).ConfigureAwait(false);
        _events.Writer.TryComplete();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _stopping.Dispose();
    }

    private bool NotStarted(string reason)
    {
        NotStartedReason = reason;
        LogNotStarting(_logger, reason);
        return false;
    }

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Starting {Selection} (max_concurrency {MaxConcurrency}) at {GatewayHost}")]
    private static partial void LogStarting(ILogger logger, string selection, int maxConcurrency, string gatewayHost);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Critical, Message = "Not starting the gateway: {Reason}")]
    private static partial void LogNotStarting(ILogger logger, string reason);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Only {Remaining} session starts are left for {ShardCount} shards; shards beyond that will stop instead of identifying")]
    private static partial void LogFewSessionStarts(ILogger logger, int remaining, int shardCount);
}
