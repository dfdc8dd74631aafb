using FandomBot.Discord.Models;
using FandomBot.Discord.Sharding;
using FandomBot.Storage.Shards;

namespace FandomBot.Gateway;

/// <summary>
/// Identify turns among the bot's processes through the settings database (PostgreSQL; on SQLite every turn is
/// granted at once). When the database cannot be reached the turn goes uncoordinated: identifying on this process's
/// own pacing risks an op 9 from Discord and a later retry, while waiting for the database would keep the shard down.
/// </summary>
internal sealed class DatabaseIdentifyCoordinator(IIdentifyBuckets buckets) : IIdentifyCoordinator
{
    public async ValueTask<IIdentifyTurn> TakeTurnAsync(int rateLimitKey, TimeSpan spacing, CancellationToken cancellationToken)
    {
        var taken = await buckets.TakeTurnAsync(rateLimitKey, spacing, cancellationToken).ConfigureAwait(false);
        return taken.IsSuccess ? new Turn(taken.Value, buckets.SharedAcrossProcesses) : new Turn(null, false);
    }

    public async ValueTask<int> ShareSessionStartsAsync(SessionStartLimit limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(limit);
        var shared = await buckets.ShareSessionStartsAsync(limit.Remaining, TimeSpan.FromMilliseconds(limit.ResetAfter), cancellationToken)
            .ConfigureAwait(false);
        return shared.IsSuccess ? shared.Value : limit.Remaining;
    }

    private sealed class Turn(IIdentifyBucketTurn? held, bool coordinated) : IIdentifyTurn
    {
        public bool Coordinated { get; } = coordinated;

        public async ValueTask IdentifiedAsync(CancellationToken cancellationToken)
        {
            if (held is not null)
            {
                // A failed record only shortens the next process's wait; the store has logged it.
                _ = await held.RecordIdentifyAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        public async ValueTask<bool> TrySpendSessionStartAsync(CancellationToken cancellationToken)
        {
            if (held is null)
            {
                return true;
            }

            // Unreachable: this process's own count still stands between it and an exhausted limit.
            var spent = await held.SpendSessionStartAsync(cancellationToken).ConfigureAwait(false);
            return !spent.IsSuccess || spent.Value;
        }

        public ValueTask DisposeAsync() => held?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
