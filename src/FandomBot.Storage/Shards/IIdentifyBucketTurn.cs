namespace FandomBot.Storage.Shards;

/// <summary>This process's hold on an identify bucket; disposing it lets the next process in.</summary>
public interface IIdentifyBucketTurn : IAsyncDisposable
{
    /// <summary>Records that an IDENTIFY went out now, so the next one of the bucket waits from here.</summary>
    Task<StoreResult<bool>> RecordIdentifyAsync(CancellationToken cancellationToken);
}
