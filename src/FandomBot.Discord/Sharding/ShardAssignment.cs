using System.Diagnostics.CodeAnalysis;

namespace FandomBot.Discord.Sharding;

/// <summary>
/// Works out this process's shards from <c>Discord:ShardIds</c>: a list, all of them, or <c>auto</c>, this process's
/// share (<see cref="ShardSelection.ForProcess"/>) as process <c>Discord:ProcessIndex</c> (else the ordinal at the end
/// of the host name) of <c>Discord:ProcessCount</c>. Every way these settings can be wrong is one line naming the key.
/// </summary>
public static class ShardAssignment
{
    private static string IdsKey => Key(nameof(DiscordClientOptions.ShardIds));

    private static string CountKey => Key(nameof(DiscordClientOptions.ShardCount));

    private static string ProcessCountKey => Key(nameof(DiscordClientOptions.ProcessCount));

    private static string ProcessIndexKey => Key(nameof(DiscordClientOptions.ProcessIndex));

    /// <summary>
    /// Checks the shard settings at start-up, before Discord has been asked for anything. Without a configured shard
    /// count explicit ids can only be checked for form (their range is checked against Discord's recommendation when
    /// the shards start); <c>auto</c> needs a configured count and is checked completely.
    /// </summary>
    public static bool TryValidate(DiscordClientOptions options, string? hostName, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (ShardSelection.IsAuto(options.ShardIds) || options.ShardCount is not null)
        {
            return TryResolve(options, options.ShardCount ?? 0, hostName, out _, out error);
        }

        return !HasStrayProcessSettings(options, out error) && ShardSelection.IsWellFormed(options.ShardIds, out error);
    }

    /// <summary>
    /// This process's shards out of <paramref name="shardCount"/> (the configured count, or Discord's recommendation
    /// when none is configured; <c>auto</c> insists on a configured one).
    /// </summary>
    public static bool TryResolve(
        DiscordClientOptions options, int shardCount, string? hostName, [NotNullWhen(true)] out ShardSelection? selection, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(options);
        selection = null;
        if (!ShardSelection.IsAuto(options.ShardIds))
        {
            return !HasStrayProcessSettings(options, out error) && ShardSelection.TryParse(options.ShardIds, shardCount, out selection, out error);
        }

        if (options.ShardCount is null)
        {
            // Discord's recommendation grows with the bot, so processes started at different times could disagree.
            error = $"{CountKey} must be set when {IdsKey} is auto: every process must split the same total, and Discord's recommended count can change between starts.";
            return false;
        }

        if (shardCount < 1)
        {
            error = $"{CountKey} must be at least 1, not {shardCount}.";
            return false;
        }

        if (!TryFindProcess(options, hostName, out var process, out error))
        {
            return false;
        }

        if (process.Count > shardCount)
        {
            error = $"{ProcessCountKey} {process.Count} is more than {CountKey} {shardCount}: processes {shardCount}..{process.Count - 1} would run no shard.";
            return false;
        }

        selection = ShardSelection.ForProcess(process, shardCount);
        return true;
    }

    private static bool TryFindProcess(DiscordClientOptions options, string? hostName, [NotNullWhen(true)] out ProcessShare? process, [NotNullWhen(false)] out string? error)
    {
        process = null;
        if (options.ProcessCount is not { } count)
        {
            error = $"{ProcessCountKey} must be set when {IdsKey} is auto: the number of processes sharing the shards (a StatefulSet's replicas).";
            return false;
        }

        if (count < 1)
        {
            error = $"{ProcessCountKey} must be at least 1 (got {count}).";
            return false;
        }

        if (options.ProcessIndex is { } index)
        {
            error = index < 0 || index >= count ? $"{ProcessIndexKey} {index} is outside 0..{count - 1} ({ProcessCountKey} is {count})." : null;
        }
        else if (!HostOrdinal.TryParse(hostName, out index))
        {
            error = $"{ProcessIndexKey} is not set and the host name '{hostName}' does not end in a number as a StatefulSet pod's does (fandombot-3): set {ProcessIndexKey}, or run as a StatefulSet pod.";
        }
        else
        {
            // The likely mistake is a StatefulSet scaled without its process count following, so that is the key named.
            error = index >= count
                ? $"{ProcessCountKey} is {count}, but the host name '{hostName}' makes this process {index} (processes are 0..{count - 1}): set {ProcessCountKey} to the StatefulSet's replicas."
                : null;
        }

        process = error is null ? new ProcessShare(index, count) : null;
        return error is null;
    }

    /// <summary>A process count or index without <c>auto</c> would be silently ignored, and every process would run the same shards.</summary>
    private static bool HasStrayProcessSettings(DiscordClientOptions options, [NotNullWhen(true)] out string? error)
    {
        var key = options.ProcessCount is not null ? ProcessCountKey : options.ProcessIndex is not null ? ProcessIndexKey : null;
        var ids = string.IsNullOrWhiteSpace(options.ShardIds) ? "empty (all shards)" : $"'{options.ShardIds}'";
        error = key is null ? null : $"{key} is set, but {IdsKey} is {ids}, not auto: {ProcessCountKey} and {ProcessIndexKey} only split the shards with {IdsKey}=auto.";
        return error is not null;
    }

    private static string Key(string name) => $"{DiscordClientOptions.SectionName}:{name}";
}
