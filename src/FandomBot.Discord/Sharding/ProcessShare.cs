namespace FandomBot.Discord.Sharding;

/// <summary>One process of several that split the shards with <c>Discord:ShardIds=auto</c>: its number and how many there are.</summary>
/// <param name="Index">This process's number, 0 to <paramref name="Count"/> - 1 (a StatefulSet pod's ordinal).</param>
/// <param name="Count">How many processes share the shards (the StatefulSet's replicas).</param>
public sealed record ProcessShare(int Index, int Count);
