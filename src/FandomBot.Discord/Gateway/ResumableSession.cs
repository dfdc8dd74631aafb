using FandomBot.Discord.Models;

namespace FandomBot.Discord.Gateway;

/// <summary>
/// What a shard leaves for whoever runs it next (this process after a restart, or another one): enough to RESUME
/// its gateway session instead of spending an IDENTIFY, and to receive what was said while nobody was connected.
/// </summary>
/// <param name="ShardId">The shard.</param>
/// <param name="ShardCount">The shard count the session was identified with; a session is only good for the same count.</param>
/// <param name="SessionId">READY's <c>session_id</c>.</param>
/// <param name="Sequence">The sequence of the last dispatch handed to the bot; Discord replays everything after it.</param>
/// <param name="ResumeUrl">READY's <c>resume_gateway_url</c>.</param>
/// <param name="SavedAt">When the connection was closed for the handover: Discord keeps a session only minutes.</param>
/// <param name="Guilds">
/// The shard's servers when it stopped (null: none known). A resumed session receives no GUILD_CREATEs, so without them
/// the next owner would count no servers until one joins.
/// </param>
public sealed record ResumableSession(
    int ShardId, int ShardCount, string SessionId, long? Sequence, Uri ResumeUrl, DateTimeOffset SavedAt, IReadOnlyList<Snowflake>? Guilds = null);
