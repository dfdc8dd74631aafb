using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace FandomBot.Discord.Sharding;

/// <summary>The shards this process runs (<c>Discord:ShardIds</c>) out of the bot's total (<c>Discord:ShardCount</c>).</summary>
public sealed record ShardSelection
{
    /// <summary>The value of <c>Discord:ShardIds</c> that asks for this process's share (<see cref="ForProcess"/>).</summary>
    public const string Auto = "auto";

    private ShardSelection(IReadOnlyList<int> shardIds, int shardCount, ProcessShare? process = null)
    {
        ShardIds = shardIds;
        ShardCount = shardCount;
        Process = process;
    }

    /// <summary>This process's shard ids, ascending, each once.</summary>
    public IReadOnlyList<int> ShardIds { get; }

    /// <summary>The bot's total number of shards.</summary>
    public int ShardCount { get; }

    /// <summary>Which process of how many this is, when the shards were split with <c>auto</c>; otherwise null.</summary>
    public ProcessShare? Process { get; }

    private static string IdsKey => $"{DiscordClientOptions.SectionName}:{nameof(DiscordClientOptions.ShardIds)}";

    private static string CountKey => $"{DiscordClientOptions.SectionName}:{nameof(DiscordClientOptions.ShardCount)}";

    /// <summary>All shards of <paramref name="shardCount"/>.</summary>
    public static ShardSelection All(int shardCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shardCount, 1);
        return new ShardSelection([.. Enumerable.Range(0, shardCount)], shardCount);
    }

    /// <summary>
    /// The share of <paramref name="process"/> of <paramref name="shardCount"/> shards: shard <c>s</c> belongs to process
    /// <c>s % n</c>, n being <see cref="ProcessShare.Count"/>. The rule depends on nothing but the three numbers, so every process computes
    /// the same split on every start without talking to the others, and it was chosen over contiguous blocks for two
    /// properties: doubling the process count moves a shard only from process <c>k</c> to the new process
    /// <c>k + n</c>, never between old ones; and when Discord's <c>max_concurrency</c> is a multiple of the process
    /// count, each identify bucket (<c>shard % max_concurrency</c>) belongs to exactly one process, so processes
    /// started together never compete for an identify slot.
    /// </summary>
    public static ShardSelection ForProcess(ProcessShare process, int shardCount)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentOutOfRangeException.ThrowIfLessThan(process.Count, 1, nameof(process));
        ArgumentOutOfRangeException.ThrowIfNegative(process.Index, nameof(process));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(process.Index, process.Count, nameof(process));
        ArgumentOutOfRangeException.ThrowIfLessThan(shardCount, process.Count);
        return new ShardSelection([.. Enumerable.Range(0, shardCount).Where(s => s % process.Count == process.Index)], shardCount, process);
    }

    /// <summary>Whether <c>Discord:ShardIds</c> asks for <see cref="Auto"/> (any letter case, spaces around allowed).</summary>
    public static bool IsAuto(string? shardIds) => string.Equals(shardIds?.Trim(), Auto, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Parses <c>Discord:ShardIds</c> ("0,1", "0-3", "0-1,4"; empty means all) against <paramref name="shardCount"/>.
    /// On failure <paramref name="error"/> names the configuration key and the wrong value.
    /// </summary>
    public static bool TryParse(
        string? shardIds, int shardCount, [NotNullWhen(true)] out ShardSelection? selection, [NotNullWhen(false)] out string? error)
    {
        selection = null;
        if (shardCount < 1)
        {
            error = $"{CountKey} must be at least 1, not {shardCount}.";
            return false;
        }

        if (string.IsNullOrWhiteSpace(shardIds))
        {
            selection = All(shardCount);
            error = null;
            return true;
        }

        var ids = new SortedSet<int>();
        foreach (var part in shardIds.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!TryParsePart(part, out var first, out var last))
            {
                error = NotAList(shardIds, part);
                return false;
            }

            if (last < first)
            {
                error = Backwards(part, first, last);
                return false;
            }

            if (last >= shardCount)
            {
                error = $"{IdsKey} '{part}' is outside 0..{shardCount - 1} ({CountKey} is {shardCount}).";
                return false;
            }

            for (var id = first; id <= last; id++)
            {
                if (!ids.Add(id))
                {
                    error = $"{IdsKey} '{shardIds}' names shard {id} more than once.";
                    return false;
                }
            }
        }

        selection = new ShardSelection([.. ids], shardCount);
        error = null;
        return true;
    }

    /// <summary>
    /// Checks only the form of <c>Discord:ShardIds</c> (ids and ranges, none backwards), for when the shard count is
    /// not known until Discord recommends one.
    /// </summary>
    public static bool IsWellFormed(string? shardIds, [NotNullWhen(false)] out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(shardIds))
        {
            return true;
        }

        foreach (var part in shardIds.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!TryParsePart(part, out var first, out var last))
            {
                error = NotAList(shardIds, part);
                return false;
            }

            if (last < first)
            {
                error = Backwards(part, first, last);
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether this process runs <paramref name="shardId"/>.</summary>
    public bool Contains(int shardId) => ShardIds.Contains(shardId);

    /// <summary>"shards [0,1,2,3] of 8", and which process when split with <c>auto</c>, for logs.</summary>
    public override string ToString() =>
        Process is { } process
            ? $"shards [{string.Join(',', ShardIds)}] of {ShardCount} (auto: process {process.Index} of 0..{process.Count - 1}, shard % {process.Count} == {process.Index})"
            : $"shards [{string.Join(',', ShardIds)}] of {ShardCount}";

    private static string NotAList(string shardIds, string part) =>
        $"{IdsKey} '{shardIds}' is not a list of shard ids and ranges such as \"0,1\" or \"0-3\" ('{part}' is not).";

    private static string Backwards(string part, int first, int last) =>
        $"{IdsKey} '{part}' is a range that runs backwards; write it as \"{last}-{first}\".";

    private static bool TryParsePart(string part, out int first, out int last)
    {
        var dash = part.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            var ok = TryParseId(part, out first);
            last = first;
            return ok;
        }

        last = 0;
        return TryParseId(part[..dash].Trim(), out first) && TryParseId(part[(dash + 1)..].Trim(), out last);
    }

    private static bool TryParseId(string text, out int id) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id);
}
