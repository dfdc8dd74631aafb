namespace FandomBot.Storage;

/// <summary>
/// A guild's settings as cached, with the store revision of the database snapshot they were read from. Of two entries
/// for one guild, the one from the newer snapshot wins, which makes concurrent loads, writes and refreshes safe
/// without a lock; a refresh re-checks only entries older than the current revision.
/// </summary>
internal sealed record CachedGuild(GuildSettings Settings, long SnapshotRevision);
