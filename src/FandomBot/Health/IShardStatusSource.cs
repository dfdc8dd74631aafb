namespace FandomBot.Health;

/// <summary>The state of every shard this process owns, as the status file reports it.</summary>
internal interface IShardStatusSource
{
    IReadOnlyList<ShardStatus> Current();
}
