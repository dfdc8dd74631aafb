using System.Text.Json.Nodes;

namespace FandomBot.Discord.Fake.Gateway;

/// <summary>A command a client sent to the fake gateway, kept for assertions.</summary>
/// <param name="ConnectionId">The connection it arrived on (1, 2, … in order of connecting).</param>
/// <param name="ShardId">The shard of that connection, once it identified or resumed.</param>
/// <param name="Op">The opcode.</param>
/// <param name="Data">The <c>d</c> field, as JSON (may be null).</param>
/// <param name="Json">The whole payload text.</param>
/// <param name="ReceivedAt">When it arrived, on the fake server's clock.</param>
public sealed record FakeGatewayCommand(int ConnectionId, int? ShardId, int Op, JsonNode? Data, string Json, DateTimeOffset ReceivedAt);
