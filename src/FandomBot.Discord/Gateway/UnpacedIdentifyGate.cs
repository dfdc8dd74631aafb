namespace FandomBot.Discord.Gateway;

/// <summary>Lets every identify through at once: for a single shard started on its own, or for tests.</summary>
public sealed class UnpacedIdentifyGate : IIdentifyGate
{
    /// <summary>The shared instance.</summary>
    public static UnpacedIdentifyGate Instance { get; } = new();

    /// <inheritdoc />
    public ValueTask<IdentifyPermit> WaitToIdentifyAsync(int shardId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(IdentifyPermit.Grant());
}
