namespace FandomBot.Health;

/// <summary>One shard's line in the status file.</summary>
internal sealed record ShardStatus(int Id, string State, int Guilds);
