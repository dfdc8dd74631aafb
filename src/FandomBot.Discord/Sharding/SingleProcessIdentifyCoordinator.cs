using FandomBot.Discord.Models;

namespace FandomBot.Discord.Sharding;

/// <summary>
/// For a bot whose shards all run in this process (one process on SQLite): there is nobody to agree with, so every
/// turn is granted at once and the in-process <see cref="IdentifyScheduler"/> does all the pacing.
/// </summary>
public sealed class SingleProcessIdentifyCoordinator : IIdentifyCoordinator
{
    /// <summary>The shared instance.</summary>
    public static SingleProcessIdentifyCoordinator Instance { get; } = new();

    /// <inheritdoc />
    public ValueTask<IIdentifyTurn> TakeTurnAsync(int rateLimitKey, TimeSpan spacing, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IIdentifyTurn>(OwnTurn.Instance);

    /// <inheritdoc />
    public ValueTask<int> ShareSessionStartsAsync(SessionStartLimit limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(limit);
        return ValueTask.FromResult(limit.Remaining);
    }

    private sealed class OwnTurn : IIdentifyTurn
    {
        public static OwnTurn Instance { get; } = new();

        public bool Coordinated => false;

        public ValueTask IdentifiedAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

        // The scheduler counts this process's starts against Discord's figure.
        public ValueTask<bool> TrySpendSessionStartAsync(CancellationToken cancellationToken) => ValueTask.FromResult(true);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
