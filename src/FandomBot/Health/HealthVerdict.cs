namespace FandomBot.Health;

/// <summary>Whether the bot is healthy, and the one line that says why.</summary>
internal sealed record HealthVerdict(bool Healthy, string Reason)
{
    /// <summary>Healthy only when the file is fresh and every owned shard is READY or RESUMED.</summary>
    public static HealthVerdict Judge(StatusSnapshot? snapshot, DateTimeOffset now, TimeSpan maxAge)
    {
        if (snapshot is null)
        {
            return new(false, "unhealthy: no status file (is the bot running?)");
        }

        var age = now - snapshot.WrittenAt;
        if (age > maxAge)
        {
            return new(false, FormattableString.Invariant($"unhealthy: the status file is {age.TotalSeconds:0} s old (more than {maxAge.TotalSeconds:0} s)"));
        }

        if (snapshot.Shards.Count == 0)
        {
            return new(false, "unhealthy: no shard is running yet");
        }

        var down = snapshot.Shards.Where(s => !StatusSnapshot.ConnectedStates.Contains(s.State)).ToList();
        return down.Count > 0
            ? new(false, "unhealthy: " + string.Join(", ", down.Select(s => FormattableString.Invariant($"shard {s.Id} is {s.State}"))))
            : new(true, FormattableString.Invariant($"healthy: {snapshot.Shards.Count} shard(s) connected, status {Math.Max(0, age.TotalSeconds):0} s old"));
    }
}
