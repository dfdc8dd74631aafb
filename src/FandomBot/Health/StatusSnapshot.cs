using System.Text.Json.Serialization;

namespace FandomBot.Health;

/// <summary>The status file's content: when it was written and the state of each shard this process owns.</summary>
internal sealed record StatusSnapshot(DateTimeOffset WrittenAt, int ProcessId, IReadOnlyList<ShardStatus> Shards)
{
    /// <summary>The shard states that count as connected.</summary>
    public static readonly IReadOnlySet<string> ConnectedStates = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Ready", "Resumed" };
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(StatusSnapshot))]
internal sealed partial class StatusJsonContext : JsonSerializerContext;
