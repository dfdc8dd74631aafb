using System.Text.Json;
using System.Text.Json.Serialization;

namespace FandomBot.Discord.Gateway.Payloads;

/// <summary>Source-generated JSON for the gateway's own payloads: no reflection on the hot path.</summary>
/// <remarks>Nullable annotations and required constructor parameters are enforced, so a payload missing a field we rely on is rejected as malformed instead of half-read.</remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(ReadyData))]
[JsonSerializable(typeof(GuildAvailabilityData))]
[JsonSerializable(typeof(ThreadDeleteData))]
[JsonSerializable(typeof(ThreadListSyncData))]
[JsonSerializable(typeof(GatewayCommandPayload<long?>), TypeInfoPropertyName = "HeartbeatPayload")]
[JsonSerializable(typeof(GatewayCommandPayload<IdentifyData>), TypeInfoPropertyName = "IdentifyPayload")]
[JsonSerializable(typeof(GatewayCommandPayload<ResumeData>), TypeInfoPropertyName = "ResumePayload")]
[JsonSerializable(typeof(GatewayCommandPayload<PresenceUpdateData>), TypeInfoPropertyName = "PresenceUpdatePayload")]
internal sealed partial class GatewayJsonContext : JsonSerializerContext;
