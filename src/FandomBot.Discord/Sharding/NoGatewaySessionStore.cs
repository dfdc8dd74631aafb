using FandomBot.Discord.Gateway;

namespace FandomBot.Discord.Sharding;

/// <summary>Keeps nothing: without a store every start identifies (the client on its own, without the bot's database).</summary>
public sealed class NoGatewaySessionStore : IGatewaySessionStore
{
    /// <summary>The shared instance.</summary>
    public static NoGatewaySessionStore Instance { get; } = new();

    /// <inheritdoc />
    public ValueTask<bool> SaveAsync(IReadOnlyList<ResumableSession> sessions, CancellationToken cancellationToken) => ValueTask.FromResult(false);

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<ResumableSession>> TakeAsync(IReadOnlyList<int> shardIds, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<ResumableSession>>([]);
}
