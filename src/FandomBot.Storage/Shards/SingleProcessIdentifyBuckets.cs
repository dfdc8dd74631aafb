namespace FandomBot.Storage.Shards;

/// <summary>SQLite: one process owns the database and all the shards, so the process's own pacing is enough.</summary>
internal sealed class SingleProcessIdentifyBuckets : IIdentifyBuckets
{
    public bool SharedAcrossProcesses => false;

    public Task<StoreResult<IIdentifyBucketTurn>> TakeTurnAsync(int bucket, TimeSpan spacing, CancellationToken cancellationToken) =>
        Task.FromResult(StoreResult.Success<IIdentifyBucketTurn>(OwnTurn.Instance));

    private sealed class OwnTurn : IIdentifyBucketTurn
    {
        public static OwnTurn Instance { get; } = new();

        public Task<StoreResult<bool>> RecordIdentifyAsync(CancellationToken cancellationToken) => Task.FromResult(StoreResult.Success(true));

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
