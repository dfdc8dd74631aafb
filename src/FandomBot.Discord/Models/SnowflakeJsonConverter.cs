using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FandomBot.Discord.Models;

/// <summary>Reads a snowflake from a JSON string or number and always writes it as a string, as Discord does.</summary>
public sealed class SnowflakeJsonConverter : JsonConverter<Snowflake>
{
    /// <inheritdoc />
    public override Snowflake Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetUInt64(out var number))
        {
            return new Snowflake(number);
        }

        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped
            && Utf8Parser.TryParse(reader.ValueSpan, out ulong parsed, out var consumed) && consumed == reader.ValueSpan.Length)
        {
            return new Snowflake(parsed);
        }

        if (reader.TokenType == JsonTokenType.String && Snowflake.TryParse(reader.GetString(), out var slow))
        {
            return slow;
        }

        throw new JsonException($"Expected a snowflake (a decimal id as string or number), got {reader.TokenType}.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Snowflake value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> buffer = stackalloc byte[20];
        Utf8Formatter.TryFormat(value.Value, buffer, out var written);
        writer.WriteStringValue(buffer[..written]);
    }
}
