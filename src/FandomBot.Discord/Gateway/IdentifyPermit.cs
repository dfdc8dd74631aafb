namespace FandomBot.Discord.Gateway;

/// <summary>
/// The answer to a shard asking whether it may identify now. A granted permit holds its rate-limit bucket until the
/// shard reports that its IDENTIFY went out (<see cref="IdentifiedAsync"/>) or gives the permit back unused
/// (<see cref="DisposeAsync"/>): the next IDENTIFY of the bucket is timed from when this one was really sent, not from
/// when it was allowed, because connecting in between can take any time.
/// </summary>
public sealed class IdentifyPermit : IAsyncDisposable
{
    private static readonly IdentifyPermit Unconditional = new(true, null, null);

    private Func<bool, ValueTask>? _release;

    private IdentifyPermit(bool granted, string? refusalReason, Func<bool, ValueTask>? release)
    {
        Granted = granted;
        RefusalReason = refusalReason;
        _release = release;
    }

    /// <summary>Whether the shard may send IDENTIFY.</summary>
    public bool Granted { get; }

    /// <summary>Why not, in words for the log; set when <see cref="Granted"/> is false.</summary>
    public string? RefusalReason { get; }

    /// <summary>
    /// The shard may identify. <paramref name="release"/> runs once, with whether the IDENTIFY went out, when the shard
    /// reports it or gives the permit back; without it the permit holds nothing.
    /// </summary>
    public static IdentifyPermit Grant(Func<bool, ValueTask>? release = null) =>
        release is null ? Unconditional : new(true, null, release);

    /// <summary>The shard must not identify, because of <paramref name="reason"/>.</summary>
    public static IdentifyPermit Refuse(string reason) => new(false, reason, null);

    /// <summary>The IDENTIFY went out now (or may have: a send that failed half-way counts): the bucket is free again.</summary>
    public ValueTask IdentifiedAsync() => ReleaseAsync(identified: true);

    /// <summary>Gives the permit back; unused when <see cref="IdentifiedAsync"/> was not called.</summary>
    public ValueTask DisposeAsync() => ReleaseAsync(identified: false);

    private ValueTask ReleaseAsync(bool identified) =>
        Interlocked.Exchange(ref _release, null) is { } release ? release(identified) : ValueTask.CompletedTask;
}
