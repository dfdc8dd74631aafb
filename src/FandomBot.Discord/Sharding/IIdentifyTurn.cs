namespace FandomBot.Discord.Sharding;

/// <summary>A process's turn to identify in one rate-limit bucket; disposing it hands the bucket on.</summary>
public interface IIdentifyTurn : IAsyncDisposable
{
    /// <summary>Whether other processes were consulted (false: on its own, or they could not be reached).</summary>
    bool Coordinated { get; }

    /// <summary>Records that this process's IDENTIFY went out now: the others wait the spacing from here.</summary>
    ValueTask IdentifiedAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Spends one of the bot's session starts for this IDENTIFY; false when the processes have spent them all in the
    /// current window. True when the others cannot be reached: this process's own count still applies.
    /// </summary>
    ValueTask<bool> TrySpendSessionStartAsync(CancellationToken cancellationToken);
}
