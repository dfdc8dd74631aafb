namespace FandomBot.Storage.Shards;

/// <summary>A gateway session a shard left at shutdown for the next owner of the shard to resume.</summary>
/// <param name="ShardId">The shard.</param>
/// <param name="ShardCount">The shard count the session was identified with.</param>
/// <param name="SessionId">Discord's session id (not a secret: resuming also needs the bot token).</param>
/// <param name="Sequence">The last sequence the bot handled, or null before any dispatch.</param>
/// <param name="ResumeUrl">Where to resume.</param>
/// <param name="SavedAt">When the shard closed its connection.</param>
/// <param name="GuildIds">The shard's server ids, comma-separated (null: none known); ids only, for the next owner's count.</param>
public sealed record StoredShardSession(
    int ShardId, int ShardCount, string SessionId, long? Sequence, string ResumeUrl, DateTimeOffset SavedAt, string? GuildIds = null);
