using System.Text.Json;

namespace FandomBot.Discord.Gateway.Payloads;

/// <summary>The envelope of every payload the gateway sends: opcode, data, sequence and event name.</summary>
internal sealed record GatewayPayload(GatewayOpCode Op, JsonElement D = default, long? S = null, string? T = null);
