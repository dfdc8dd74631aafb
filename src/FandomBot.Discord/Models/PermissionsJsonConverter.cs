using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FandomBot.Discord.Models;

/// <summary>Permissions travel as decimal strings because they outgrow JavaScript's safe integers.</summary>
public sealed class PermissionsJsonConverter : JsonConverter<Permissions>
{
    /// <inheritdoc />
    public override Permissions Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetUInt64(out var number))
        {
            return (Permissions)number;
        }

        if (reader.TokenType == JsonTokenType.String
            && ulong.TryParse(reader.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            return (Permissions)parsed;
        }

        throw new JsonException($"Expected permissions as a decimal string, got {reader.TokenType}.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Permissions value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(((ulong)value).ToString(CultureInfo.InvariantCulture));
    }
}
