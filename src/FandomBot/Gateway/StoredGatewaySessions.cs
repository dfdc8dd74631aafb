using System.Globalization;
using FandomBot.Discord.Gateway;
using FandomBot.Discord.Models;
using FandomBot.Discord.Sharding;
using FandomBot.Storage.Shards;

namespace FandomBot.Gateway;

/// <summary>
/// The gateway's session handover kept in the settings database: SQLite for one process restarting, PostgreSQL for
/// shards moving between processes. A failure is logged by the store and means only that the shards identify.
/// </summary>
internal sealed class StoredGatewaySessions(IShardSessionStore store) : IGatewaySessionStore
{
    public async ValueTask<bool> SaveAsync(IReadOnlyList<ResumableSession> sessions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var saved = await store.SaveAsync(
            [.. sessions.Select(s => new StoredShardSession(s.ShardId, s.ShardCount, s.SessionId, s.Sequence, s.ResumeUrl.AbsoluteUri, s.SavedAt, FormatGuilds(s.Guilds)))],
            cancellationToken).ConfigureAwait(false);
        return saved.IsSuccess;
    }

    public async ValueTask<IReadOnlyList<ResumableSession>> TakeAsync(IReadOnlyList<int> shardIds, CancellationToken cancellationToken)
    {
        var taken = await store.TakeAsync(shardIds, cancellationToken).ConfigureAwait(false);
        if (!taken.IsSuccess)
        {
            return [];
        }

        // A row whose URL does not parse cannot be resumed; its shard identifies.
        return [.. taken.Value
            .Where(s => Uri.TryCreate(s.ResumeUrl, UriKind.Absolute, out _))
            .Select(s => new ResumableSession(s.ShardId, s.ShardCount, s.SessionId, s.Sequence, new Uri(s.ResumeUrl), s.SavedAt, ParseGuilds(s.GuildIds)))];
    }

    private static string? FormatGuilds(IReadOnlyList<Snowflake>? guilds) =>
        guilds is null || guilds.Count == 0 ? null : string.Join(',', guilds.Select(guild => guild.Value.ToString(CultureInfo.InvariantCulture)));

    // Only the count depends on these: an id that does not parse is left out rather than costing the resume.
    private static List<Snowflake>? ParseGuilds(string? text) =>
        string.IsNullOrEmpty(text)
            ? null
            : [.. text.Split(',').Select(part => ulong.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id != 0).Select(id => new Snowflake(id))];
}
