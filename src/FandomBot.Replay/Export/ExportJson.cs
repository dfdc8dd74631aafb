using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace FandomBot.Replay.Export;

/// <summary>Small readers for the exporter's value shapes (ids are strings of digits; some fields may be null).</summary>
internal static class ExportJson
{
    /// <summary>A snowflake written as a string (the exporter's way) or a number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ulong ReadId(ref Utf8JsonReader reader, string field)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetUInt64(out var number))
        {
            return number;
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            if (!reader.ValueIsEscaped && !reader.HasValueSequence
                && Utf8Parser.TryParse(reader.ValueSpan, out ulong id, out var used) && used == reader.ValueSpan.Length)
            {
                return id;
            }

            if (ulong.TryParse(reader.GetString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out id))
            {
                return id;
            }
        }

        throw new FormatException($"'{field}' must be an id (a string of digits)");
    }

    /// <summary>An id, or null when the field is null.</summary>
    public static ulong? ReadOptionalId(ref Utf8JsonReader reader, string field) =>
        reader.TokenType == JsonTokenType.Null ? null : ReadId(ref reader, field);

    /// <summary>A string, or null when the field is null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string? ReadOptionalString(ref Utf8JsonReader reader, string field) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        _ => throw new FormatException($"'{field}' must be a string"),
    };

    /// <summary>A timestamp (ISO 8601 with offset, the exporter's format).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static DateTimeOffset ReadTimestamp(ref Utf8JsonReader reader, string field) =>
        reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value)
            ? value
            : throw new FormatException($"'{field}' must be a timestamp like 2024-05-01T12:30:00+00:00");

    /// <summary>The next token; <see cref="ExportNeedsMoreData"/> when the buffer ends first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw ExportNeedsMoreData.Instance;

    /// <summary>Moves to the value of the property the reader is on.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ToValue(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw ExportNeedsMoreData.Instance;
        }
    }

    /// <summary>
    /// Skips the value the reader is on. <c>Skip</c> refuses a reader over a partial buffer even when this value is
    /// complete; <c>TrySkip</c> does the same work and only fails when the value really is cut off.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SkipValue(ref Utf8JsonReader reader)
    {
        if (!reader.TrySkip())
        {
            throw ExportNeedsMoreData.Instance;
        }
    }
}
