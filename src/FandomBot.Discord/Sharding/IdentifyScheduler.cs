using System.Globalization;
using FandomBot.Discord.Gateway;
using FandomBot.Discord.Models;

namespace FandomBot.Discord.Sharding;

/// <summary>
/// Paces IDENTIFY the way Discord asks: shards share a rate-limit key <c>shard_id % max_concurrency</c>, one
/// identify per key per 5 s, keys in parallel; within a key, shards go in ascending id order at start-up. Every
/// identify spends one session start; when none are left it refuses, because identifying anyway risks the token
/// being reset.
/// </summary>
public sealed class IdentifyScheduler : IIdentifyGate
{
    /// <summary>The spacing between identifies that share a rate-limit key.</summary>
    public static readonly TimeSpan BucketInterval = TimeSpan.FromSeconds(5);

    private readonly TimeProvider _time;
    private readonly int _maxConcurrency;
    private readonly int _sessionStartTotal;
    private readonly DateTimeOffset _sessionStartResetAt;
    private readonly Dictionary<int, DateTimeOffset> _plannedFirstSlots = [];
    private readonly Dictionary<int, DateTimeOffset> _nextSlotByKey = [];
    private readonly Lock _lock = new();
    private int _sessionStartsRemaining;

    /// <summary>Plans the start-up identifies of <paramref name="shardIds"/> under <paramref name="limit"/>.</summary>
    public IdentifyScheduler(IEnumerable<int> shardIds, SessionStartLimit limit, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(shardIds);
        ArgumentNullException.ThrowIfNull(limit);
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
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
                slot += BucketInterval;
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
        DateTimeOffset slot;
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            if (_sessionStartsRemaining <= 0 && now < _sessionStartResetAt)
            {
                return IdentifyPermit.Refuse(DescribeExhausted(_sessionStartTotal, _sessionStartResetAt - now));
            }

            if (_plannedFirstSlots.Remove(shardId, out var planned))
            {
                slot = planned;
            }
            else
            {
                var key = KeyOf(shardId);
                slot = _nextSlotByKey.TryGetValue(key, out var next) && next > now ? next : now;
                _nextSlotByKey[key] = slot + BucketInterval;
            }

            _sessionStartsRemaining = Math.Max(0, _sessionStartsRemaining - 1);
        }

        var wait = slot - _time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }

        return IdentifyPermit.Grant();
    }

    /// <summary>Why no shard may start: the words for the log and the health file.</summary>
    public static string DescribeExhausted(int total, TimeSpan resetsIn) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"Discord's session start limit is used up (0 of {total} left; it resets in {resetsIn:d\\.hh\\:mm\\:ss}). Not identifying: starting anyway can get the bot token reset. Check for a crash loop.");
}
