using System.Text.Json;
using System.Text.Json.Serialization;

namespace FandomBot.Discord.Models;

/// <summary>
/// Source-generated JSON for every Discord model: snake_case names, nulls left out when writing (Discord reads a
/// missing field as "unchanged" or "default"), numbers read from strings where Discord quotes them.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Default)]
[JsonSerializable(typeof(Snowflake))]
[JsonSerializable(typeof(User))]
[JsonSerializable(typeof(GuildMember))]
[JsonSerializable(typeof(Channel))]
[JsonSerializable(typeof(IReadOnlyList<Channel>))]
[JsonSerializable(typeof(Message))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(OutgoingMessage))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(ApplicationCommand))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommandDefinition>))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(Application))]
[JsonSerializable(typeof(CreateDmChannelRequest))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
public sealed partial class DiscordJsonContext : JsonSerializerContext;
