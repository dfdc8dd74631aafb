namespace FandomBot.Discord.Fake.Gateway;

/// <summary>
/// Discord's identify rule as the fake enforces it: per rate-limit key (<c>shard_id % max_concurrency</c>) one
/// IDENTIFY per 5 seconds, whatever process or connection it comes from. Discord answers a too-early IDENTIFY with
/// op 9 (invalid session); the fake does the same and keeps the violation for the test to assert on.
/// </summary>
internal sealed class FakeIdentifyRateLimit(TimeProvider time)
{
    /// <summary>How long a bucket stays taken after an accepted IDENTIFY.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private readonly Dictionary<int, DateTimeOffset> _lastByKey = [];
    private readonly List<FakeIdentifyViolation> _violations = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<FakeIdentifyViolation> Violations
    {
        get
        {
            lock (_lock)
            {
                return [.. _violations];
            }
        }
    }

    /// <summary>True when the shard may start a session now; otherwise the violation is recorded.</summary>
    public bool TryIdentify(int shardId, int maxConcurrency)
    {
        var key = shardId % Math.Max(1, maxConcurrency);
        var now = time.GetUtcNow();
        lock (_lock)
        {
            // Only accepted identifies take the bucket: a refused one started nothing.
            if (_lastByKey.TryGetValue(key, out var last) && now - last < Interval)
            {
                _violations.Add(new FakeIdentifyViolation(shardId, key, now - last, now));
                return false;
            }

            _lastByKey[key] = now;
            return true;
        }
    }
}
