using System.Text.Json.Serialization;

namespace FandomBot.Discord.Gateway.Payloads;

/// <summary>The <c>properties</c> object of IDENTIFY.</summary>
internal sealed record IdentifyConnectionProperties(
    [property: JsonPropertyName("os")] string Os,
    [property: JsonPropertyName("browser")] string Browser,
    [property: JsonPropertyName("device")] string Device);
