using FandomBot.Discord.Models;

namespace FandomBot.Discord.Sharding;

/// <summary>
/// Shares Discord's identify rate limit with the other processes that run shards of the same bot. Discord counts
/// IDENTIFYs per bot, not per process: a bucket (<c>shard_id % max_concurrency</c>) takes one IDENTIFY per 5 s
/// whichever process sends it, so processes started together must take turns. The daily session-start count is the
/// bot's too: each process shares what Discord told it and spends from the shared count.
/// </summary>
public interface IIdentifyCoordinator
{
    /// <summary>
    /// Waits until no other process is identifying in bucket <paramref name="rateLimitKey"/> and the bucket's last
    /// IDENTIFY, by any process, is at least <paramref name="spacing"/> ago; the bucket stays this process's until the
    /// turn is disposed. Never fails: when the processes cannot be reached to agree, the turn says so
    /// (<see cref="IIdentifyTurn.Coordinated"/>) and only this process's own pacing applies.
    /// </summary>
    ValueTask<IIdentifyTurn> TakeTurnAsync(int rateLimitKey, TimeSpan spacing, CancellationToken cancellationToken);

    /// <summary>
    /// The session starts left for the whole bot, from <paramref name="limit"/> (what GET /gateway/bot told this
    /// process) and what the other processes have spent since they read theirs. Never fails: without the others, it is
    /// <paramref name="limit"/>'s own count.
    /// </summary>
    ValueTask<int> ShareSessionStartsAsync(SessionStartLimit limit, CancellationToken cancellationToken);
}
