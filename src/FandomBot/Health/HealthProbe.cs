namespace FandomBot.Health;

/// <summary>What <c>fandombot health</c> is asked: the two questions an orchestrator asks separately.</summary>
internal enum HealthProbe
{
    /// <summary>
    /// Should this process get traffic and count as up: the status file is fresh and every shard it owns is READY or
    /// RESUMED. The default, and Docker's HEALTHCHECK.
    /// </summary>
    Readiness,

    /// <summary>
    /// Is the process alive at all: its status file is fresh, whatever its shards are doing. A shard reconnecting, or
    /// waiting for an identify slot, is the bot working as designed; restarting the process for it would only spend
    /// another identify and drop the session.
    /// </summary>
    Liveness,
}
