namespace FandomBot.Storage.Shards;

/// <summary>This process's hold on an identify bucket; disposing it lets the next process in.</summary>
public interface IIdentifyBucketTurn : IAsyncDisposable
{
    /// <summary>Records that an IDENTIFY went out now, so the next one of the bucket waits from here.</summary>
    Task<StoreResult<bool>> RecordIdentifyAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Spends one of the bot's session starts before an IDENTIFY; false when the processes have spent every start of
    /// the current window (identifying anyway risks the token being reset). True when no count is known (none shared
    /// yet, or its window has passed): Discord's own figure then decides at the next start.
    /// </summary>
    Task<StoreResult<bool>> SpendSessionStartAsync(CancellationToken cancellationToken);
}
