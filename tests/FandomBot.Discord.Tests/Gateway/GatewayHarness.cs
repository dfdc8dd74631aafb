using System.Threading.Channels;
using FandomBot.Discord.Fake;
using FandomBot.Discord.Gateway;
using FandomBot.Discord.Gateway.Events;
using Xunit;

namespace FandomBot.Discord.Tests.Gateway;

/// <summary>A fake Discord on 127.0.0.1, a fake clock, and shards of ours connected to it.</summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    public const string Token = "test-token";
    public const string UserAgent = "DiscordBot (https://github.com/fandombot/fandombot, 0.1.0)";
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromMilliseconds(41_250);

    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _timeout;
    private readonly List<Task> _runs = [];

    private GatewayHarness(FakeDiscordServer server, SignallingTimeProvider time)
    {
        Server = server;
        Time = time;
        _timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        // A generous real-time ceiling on every wait: a bug fails the test instead of hanging it.
        _timeout.CancelAfter(TimeSpan.FromSeconds(15));
        Fake.ExpectedToken = Token;
    }

    public FakeDiscordServer Server { get; }

    public FakeGateway Fake => Server.Gateway;

    public SignallingTimeProvider Time { get; }

    public Channel<GatewayEvent> Events { get; } = Channel.CreateBounded<GatewayEvent>(1024);

    public CollectingLogger<GatewayShard> Log { get; } = new();

    /// <summary>Cancelled when the test has waited too long.</summary>
    public CancellationToken Timeout => _timeout.Token;

    public static async Task<GatewayHarness> StartAsync()
    {
        var time = new SignallingTimeProvider();
        var server = await FakeDiscordServer.StartAsync(time, TestContext.Current.CancellationToken);
        return new GatewayHarness(server, time);
    }

    public GatewayShard CreateShard(
        int shardId = 0, int shardCount = 1, bool compression = false, double random = 0, IIdentifyGate? gate = null, Uri? gatewayUrl = null) =>
        new(
            new GatewayShardSettings
            {
                ShardId = shardId,
                ShardCount = shardCount,
                Token = Token,
                GatewayUrl = gatewayUrl ?? Server.GatewayUrl,
                Compression = compression,
                UserAgent = UserAgent,
            },
            gate ?? UnpacedIdentifyGate.Instance,
            Events.Writer,
            Time,
            Log,
            new FixedRandom(random));

    public GatewayShard StartShard(int shardId = 0, int shardCount = 1, bool compression = false, double random = 0, IIdentifyGate? gate = null)
    {
        var shard = CreateShard(shardId, shardCount, compression, random, gate);
        Run(shard);
        return shard;
    }

    public Task Run(GatewayShard shard)
    {
        var run = Task.Run(() => shard.RunAsync(_stop.Token), CancellationToken.None);
        _runs.Add(run);
        return run;
    }

    /// <summary>The next event of type <typeparamref name="T"/>; events of other types before it are skipped.</summary>
    public async Task<T> NextAsync<T>(Func<T, bool>? match = null)
        where T : GatewayEvent
    {
        while (true)
        {
            var next = await Events.Reader.ReadAsync(Timeout);
            if (next is T typed && (match is null || match(typed)))
            {
                return typed;
            }
        }
    }

    /// <summary>The next event, whatever its type.</summary>
    public async Task<GatewayEvent> NextAsync() => await Events.Reader.ReadAsync(Timeout);

    public Task WaitForFakeAsync(Func<FakeGateway, bool> condition) => Fake.WaitUntilAsync(condition, Timeout);

    /// <summary>
    /// Waits until the shard has counted <paramref name="sequence"/>. The shard counts a dispatch's sequence just after
    /// its channel hands the event over, so a test that has read the event can be a moment ahead of the count.
    /// </summary>
    public static void WaitForSequence(GatewayShard shard, long sequence) =>
        Assert.True(SpinWait.SpinUntil(() => shard.LastSequence >= sequence, TimeSpan.FromSeconds(10)), $"the shard never counted sequence {sequence}");

    /// <summary>
    /// For tests of the shard's own wait before a second IDENTIFY (1-5 s after a lost session): spacing identifies 5 s
    /// apart is the identify gate's job, and these shards run with <see cref="UnpacedIdentifyGate"/>, so the fake must
    /// not refuse the second one as Discord would.
    /// </summary>
    public void LeaveIdentifyPacingToTheGate() => Fake.EnforceIdentifyRateLimit = false;

    /// <summary>Waits until the shard is in <paramref name="state"/>.</summary>
    public async Task WaitForStateAsync(GatewayShard shard, GatewayShardState state)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnChanged(object? sender, GatewayShardStatus status)
        {
            if (status.State == state)
            {
                reached.TrySetResult();
            }
        }

        shard.StatusChanged += OnChanged;
        try
        {
            if (shard.Status.State == state)
            {
                return;
            }

            await reached.Task.WaitAsync(Timeout);
        }
        finally
        {
            shard.StatusChanged -= OnChanged;
        }
    }

    /// <summary>
    /// Waits for the shard's next heartbeat timer, moves the clock past it, and waits until the shard has the ACK,
    /// so the next advance cannot outrun the loopback round trip and look like a zombie.
    /// </summary>
    public async Task AdvancePastNextHeartbeatAsync(GatewayShard shard, bool expectAck = true, TimeSpan? dueTime = null)
    {
        var acked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnAck(object? sender, TimeSpan latency) => acked.TrySetResult();
        shard.HeartbeatAcknowledged += OnAck;
        try
        {
            var due = dueTime ?? HeartbeatInterval;
            await Time.WaitForTimerAsync(due, Timeout);
            Time.Advance(due);
            if (expectAck)
            {
                await acked.Task.WaitAsync(Timeout);
            }
        }
        finally
        {
            shard.HeartbeatAcknowledged -= OnAck;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await Task.WhenAll(_runs).WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None);
        }
        finally
        {
            await Server.DisposeAsync();
            _stop.Dispose();
            _timeout.Dispose();
        }
    }
}
