namespace FandomBot.Health;

/// <summary>Whether the bot is healthy, and the one line that says why.</summary>
internal sealed record HealthVerdict(bool Healthy, string Reason)
{
    /// <summary>
    /// Readiness: healthy only when the file is fresh and every owned shard is READY or RESUMED. Liveness: healthy when
    /// the file is fresh (the running bot rewrites it every 15 s, so a hung or dead process stops doing so).
    /// </summary>
    public static HealthVerdict Judge(StatusSnapshot? snapshot, DateTimeOffset now, TimeSpan maxAge, HealthProbe probe = HealthProbe.Readiness)
    {
        var unhealthy = probe == HealthProbe.Liveness ? "not alive" : "unhealthy";
        if (snapshot is null)
        {
            return new(false, $"{unhealthy}: no status file (is the bot running?)");
        }

        var age = now - snapshot.WrittenAt;
        if (age > maxAge)
        {
            return new(false, FormattableString.Invariant($"{unhealthy}: the status file is {age.TotalSeconds:0} s old (more than {maxAge.TotalSeconds:0} s)"));
        }

        var down = snapshot.Shards.Where(s => !StatusSnapshot.ConnectedStates.Contains(s.State)).ToList();
        var downText = string.Join(", ", down.Select(s => FormattableString.Invariant($"shard {s.Id} is {s.State}")));
        var ageText = FormattableString.Invariant($"status {Math.Max(0, age.TotalSeconds):0} s old");
        if (probe == HealthProbe.Liveness)
        {
            var shards = snapshot.Shards.Count == 0 ? "no shard running yet" : down.Count == 0 ? "every shard connected" : downText;
            return new(true, $"alive: {ageText} ({shards})");
        }

        if (snapshot.Shards.Count == 0)
        {
            return new(false, "unhealthy: no shard is running yet");
        }

        return down.Count > 0
            ? new(false, "unhealthy: " + downText)
            : new(true, FormattableString.Invariant($"healthy: {snapshot.Shards.Count} shard(s) connected, {ageText}"));
    }
}
