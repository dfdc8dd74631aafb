namespace FandomBot.Discord.Gateway;

/// <summary>
/// Paces IDENTIFY across the shards of one bot: Discord allows <c>max_concurrency</c> identifies per 5 s and a daily
/// number of session starts. A shard waits here before every IDENTIFY (resumes do not count), and reports through the
/// permit when its IDENTIFY went out.
/// </summary>
public interface IIdentifyGate
{
    /// <summary>Waits for the shard's identify slot; refuses when no session start is left.</summary>
    ValueTask<IdentifyPermit> WaitToIdentifyAsync(int shardId, CancellationToken cancellationToken);
}
