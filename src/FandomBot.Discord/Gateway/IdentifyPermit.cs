namespace FandomBot.Discord.Gateway;

/// <summary>The answer to a shard asking whether it may identify now.</summary>
/// <param name="Granted">Whether the shard may send IDENTIFY.</param>
/// <param name="RefusalReason">Why not, in words for the log; set when <paramref name="Granted"/> is false.</param>
public readonly record struct IdentifyPermit(bool Granted, string? RefusalReason)
{
    /// <summary>The shard may identify.</summary>
    public static IdentifyPermit Grant() => new(true, null);

    /// <summary>The shard must not identify, because of <paramref name="reason"/>.</summary>
    public static IdentifyPermit Refuse(string reason) => new(false, reason);
}
