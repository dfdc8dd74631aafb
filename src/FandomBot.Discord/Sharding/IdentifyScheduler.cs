using System.Globalization;
using FandomBot.Discord.Gateway;
using FandomBot.Discord.Models;

namespace FandomBot.Discord.Sharding;

/// <summary>
/// Paces IDENTIFY the way Discord asks: shards share a rate-limit key <c>shard_id % max_concurrency</c>, one
/// identify per key per 5 s, keys in parallel; within a key, shards go in ascending id order at start-up. A shard's
/// IDENTIFY waits for its slot, then for every earlier IDENTIFY of its key to have gone out and
/// <see cref="Spacing"/> after the last of them (connecting takes a while, so a slot alone proves nothing), then
/// for the key's turn among processes (<see cref="IIdentifyCoordinator"/>). Every identify spends one session
/// start, from this process's count and from the count all processes share; when none are left it refuses, because
/// identifying anyway risks the token being reset.
/// </summary>
public sealed class IdentifyScheduler : IIdentifyGate
{
    /// <summary>Discord's window: one IDENTIFY per rate-limit key per 5 s.</summary>
    public static readonly TimeSpan BucketInterval = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Added to <see cref="BucketInterval"/>: Discord times an IDENTIFY when it arrives, and arrivals jitter (network,
    /// a busy machine), so two sent exactly 5 s apart can land 4.99 s apart and the second be refused. 250 ms was seen
    /// to be too little on a loaded two-core machine with eight processes (arrivals 4.72-4.94 s apart were refused).
    /// </summary>
    public static readonly TimeSpan SafetyMargin = TimeSpan.FromMilliseconds(750);

    /// <summary>How far apart this scheduler places the IDENTIFYs of one key.</summary>
    public static readonly TimeSpan Spacing = BucketInterval + SafetyMargin;

    private readonly TimeProvider _time;
    private readonly IIdentifyCoordinator _coordinator;
    private readonly int _maxConcurrency;
    private readonly int _sessionStartTotal;
    private readonly DateTimeOffset _sessionStartResetAt;
    private readonly Dictionary<int, DateTimeOffset> _plannedFirstSlots = [];
    private readonly Dictionary<int, DateTimeOffset> _nextSlotByKey = [];
    private readonly Dictionary<int, DateTimeOffset> _lastIdentifyByKey = [];
    private readonly List<Turn> _turns = [];
    private readonly Lock _lock = new();
    private int _sessionStartsRemaining;

    /// <summary>Plans the start-up identifies of <paramref name="shardIds"/> under <paramref name="limit"/>.</summary>
    /// <param name="shardIds">The shards that will identify at start-up (not those that resume a stored session).</param>
    /// <param name="limit">Discord's session start limit and <c>max_concurrency</c>.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="coordinator">Turns among processes; none (a single process) when null.</param>
    public IdentifyScheduler(IEnumerable<int> shardIds, SessionStartLimit limit, TimeProvider timeProvider, IIdentifyCoordinator? coordinator = null)
    {
        ArgumentNullException.ThrowIfNull(shardIds);
        ArgumentNullException.ThrowIfNull(limit);
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _coordinator = coordinator ?? SingleProcessIdentifyCoordinator.Instance;
        _maxConcurrency = Math.Max(1, limit.MaxConcurrency);
        _sessionStartTotal = limit.Total;
        _sessionStartsRemaining = limit.Remaining;
        var now = _time.GetUtcNow();
        _sessionStartResetAt = now + TimeSpan.FromMilliseconds(limit.ResetAfter);

        // Reserve each shard's first slot now, so start-up order does not depend on which socket opens first.
        foreach (var bucket in shardIds.Distinct().Order().GroupBy(KeyOf))
        {
            var slot = now;
            foreach (var shardId in bucket)
            {
                _plannedFirstSlots[shardId] = slot;
                slot += Spacing;
            }

            _nextSlotByKey[bucket.Key] = slot;
        }
    }

    /// <summary>Session starts left, as far as this process knows.</summary>
    public int SessionStartsRemaining
    {
        get
        {
            lock (_lock)
            {
                return _sessionStartsRemaining;
            }
        }
    }

    /// <summary>The rate-limit key of <paramref name="shardId"/>: <c>shard_id % max_concurrency</c>.</summary>
    public int KeyOf(int shardId) => shardId % _maxConcurrency;

    /// <inheritdoc />
    public async ValueTask<IdentifyPermit> WaitToIdentifyAsync(int shardId, CancellationToken cancellationToken)
    {
        Turn turn;
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            if (_sessionStartsRemaining <= 0 && now < _sessionStartResetAt)
            {
                return IdentifyPermit.Refuse(DescribeExhausted(_sessionStartTotal, _sessionStartResetAt - now));
            }

            var key = KeyOf(shardId);
            if (!_plannedFirstSlots.Remove(shardId, out var slot))
            {
                slot = _nextSlotByKey.TryGetValue(key, out var next) && next > now ? next : now;
                _nextSlotByKey[key] = slot + Spacing;
            }

            turn = new Turn(key, slot);
            _turns.Add(turn);
            _sessionStartsRemaining = Math.Max(0, _sessionStartsRemaining - 1);
        }

        IIdentifyTurn? shared = null;
        try
        {
            await DelayUntilAsync(turn.Slot, cancellationToken).ConfigureAwait(false);
            await WaitForEarlierTurnsAsync(turn, cancellationToken).ConfigureAwait(false);
            shared = await _coordinator.TakeTurnAsync(turn.Key, Spacing, cancellationToken).ConfigureAwait(false);
            if (!await shared.TrySpendSessionStartAsync(cancellationToken).ConfigureAwait(false))
            {
                // The other processes spent the rest of the day's starts after this one read Discord's count.
                lock (_lock)
                {
                    _sessionStartsRemaining = 0;
                }

                await shared.DisposeAsync().ConfigureAwait(false);
                shared = null;
                Finish(turn, identified: false);
                return IdentifyPermit.Refuse(DescribeExhausted(_sessionStartTotal, _sessionStartResetAt - _time.GetUtcNow()));
            }

            var taken = shared;
            return IdentifyPermit.Grant(identified => ReleaseAsync(turn, taken, identified));
        }
        catch
        {
            if (shared is not null)
            {
                await shared.DisposeAsync().ConfigureAwait(false);
            }

            Finish(turn, identified: false);
            throw;
        }
    }

    /// <summary>Why no shard may start: the words for the log and the health file.</summary>
    public static string DescribeExhausted(int total, TimeSpan resetsIn) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"Discord's session start limit is used up (0 of {total} left; it resets in {resetsIn:d\\.hh\\:mm\\:ss}). Not identifying: starting anyway can get the bot token reset. Check for a crash loop.");

    /// <summary>
    /// Waits until every turn of the key with an earlier slot has sent its IDENTIFY (or given up), no other turn of the
    /// key holds it, and <see cref="Spacing"/> has passed since the key's last IDENTIFY; then holds the key.
    /// </summary>
    private async Task WaitForEarlierTurnsAsync(Turn turn, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task[] blockers;
            DateTimeOffset due;
            lock (_lock)
            {
                blockers = [.. _turns.Where(t => t != turn && t.Key == turn.Key && (t.Slot < turn.Slot || t.Holding)).Select(t => t.Done)];
                due = _lastIdentifyByKey.TryGetValue(turn.Key, out var last) ? last + Spacing : DateTimeOffset.MinValue;
                if (blockers.Length == 0 && due <= _time.GetUtcNow())
                {
                    turn.Holding = true;
                    return;
                }
            }

            if (blockers.Length > 0)
            {
                await Task.WhenAll(blockers).WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await DelayUntilAsync(due, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async ValueTask ReleaseAsync(Turn turn, IIdentifyTurn shared, bool identified)
    {
        try
        {
            if (identified)
            {
                await shared.IdentifiedAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            await shared.DisposeAsync().ConfigureAwait(false);
            Finish(turn, identified);
        }
    }

    private void Finish(Turn turn, bool identified)
    {
        lock (_lock)
        {
            if (identified)
            {
                var now = _time.GetUtcNow();
                if (!_lastIdentifyByKey.TryGetValue(turn.Key, out var last) || now > last)
                {
                    _lastIdentifyByKey[turn.Key] = now;
                }
            }

            _turns.Remove(turn);
        }

        turn.Complete();
    }

    private async Task DelayUntilAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        var wait = at - _time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One IDENTIFY of this process, from its request until it went out or was given up.</summary>
    private sealed class Turn(int key, DateTimeOffset slot)
    {
        private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Key { get; } = key;

        public DateTimeOffset Slot { get; } = slot;

        /// <summary>Allowed to identify: no other turn of the key may until this one finishes. Read under the scheduler's lock.</summary>
        public bool Holding { get; set; }

        public Task Done => _done.Task;

        public void Complete() => _done.TrySetResult();
    }
}
