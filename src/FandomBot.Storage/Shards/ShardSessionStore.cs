using FandomBot.Storage.Sql;
using Microsoft.Extensions.Logging;

namespace FandomBot.Storage.Shards;

/// <summary>The <c>gateway_sessions</c> table, with the same SQL on SQLite and PostgreSQL.</summary>
internal sealed partial class ShardSessionStore(ISettingsDatabase database, ILogger<ShardSessionStore> logger) : IShardSessionStore
{
    private const string UpsertSql = """
        INSERT INTO gateway_sessions (shard_id, shard_count, session_id, sequence, resume_url, saved_at_unix_ms, guild_ids)
        VALUES (@ShardId, @ShardCount, @SessionId, @Sequence, @ResumeUrl, @SavedAt, @GuildIds)
        ON CONFLICT (shard_id) DO UPDATE SET
            shard_count = excluded.shard_count,
            session_id = excluded.session_id,
            sequence = excluded.sequence,
            resume_url = excluded.resume_url,
            saved_at_unix_ms = excluded.saved_at_unix_ms,
            guild_ids = excluded.guild_ids
        """;

    private const string TakeSql = """
        DELETE FROM gateway_sessions WHERE shard_id = @ShardId
        RETURNING shard_id, shard_count, session_id, sequence, resume_url, saved_at_unix_ms, guild_ids
        """;

    public async Task<StoreResult<int>> SaveAsync(IReadOnlyCollection<StoredShardSession> sessions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
            await connection.ExecuteEachAsync(
                UpsertSql,
                transaction,
                sessions,
                session =>
                [
                    SqlArgument.Of("ShardId", session.ShardId),
                    SqlArgument.Of("ShardCount", session.ShardCount),
                    SqlArgument.Of("SessionId", session.SessionId),
                    SqlArgument.Of("Sequence", session.Sequence),
                    SqlArgument.Of("ResumeUrl", session.ResumeUrl),
                    SqlArgument.Of("SavedAt", session.SavedAt.ToUnixTimeMilliseconds()),
                    SqlArgument.OfNullable("GuildIds", session.GuildIds),
                ],
                cancellationToken);
            await transaction.CommitAsync(CancellationToken.None);
            return StoreResult.Success(sessions.Count);
        }
        catch (Exception exception) when (database.IsUnavailable(exception))
        {
            LogUnavailable(logger, "store", exception.GetType().Name);
            return StoreResult.Failure<int>(StoreError.Unavailable("The settings database is unreachable; the gateway sessions were not stored."));
        }
    }

    public async Task<StoreResult<IReadOnlyList<StoredShardSession>>> TakeAsync(IReadOnlyCollection<int> shardIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shardIds);
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var transaction = await database.BeginWriteAsync(connection, cancellationToken);
            List<StoredShardSession> taken = [];
            foreach (var shardId in shardIds.Distinct())
            {
                taken.AddRange(await connection.QueryAsync(
                    TakeSql,
                    transaction,
                    row => new StoredShardSession(
                        (int)row.GetInt64(0),
                        (int)row.GetInt64(1),
                        row.GetString(2),
                        row.IsDBNull(3) ? null : row.GetInt64(3),
                        row.GetString(4),
                        DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(5)),
                        row.IsDBNull(6) ? null : row.GetString(6)),
                    cancellationToken,
                    SqlArgument.Of("ShardId", shardId)));
            }

            await transaction.CommitAsync(CancellationToken.None);
            return StoreResult.Success<IReadOnlyList<StoredShardSession>>(taken);
        }
        catch (Exception exception) when (database.IsUnavailable(exception))
        {
            LogUnavailable(logger, "read", exception.GetType().Name);
            return StoreResult.Failure<IReadOnlyList<StoredShardSession>>(
                StoreError.Unavailable("The settings database is unreachable; no stored gateway session could be read."));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not {Action} gateway sessions: the settings database is unreachable ({Error})")]
    private static partial void LogUnavailable(ILogger logger, string action, string error);
}
