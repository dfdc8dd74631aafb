using System.Text.Json.Serialization;

namespace FandomBot.Discord.Rest;

/// <summary>Source-generated JSON for the REST client's own wire types.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(DiscordErrorBody))]
internal sealed partial class RestJsonContext : JsonSerializerContext;
