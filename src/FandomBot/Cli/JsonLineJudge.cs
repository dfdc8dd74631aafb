using System.Buffers;
using System.Text;
using System.Text.Unicode;
using System.Text.Encodings.Web;
using System.Text.Json;
using FandomBot.Core.Detection;

namespace FandomBot.Cli;

/// <summary>
/// Judges one line of <c>check --jsonl</c> input straight from its UTF-8 bytes and writes the result line. The common
/// shape (an object with a string or number id, a string text and an array of strings as context) is read with one
/// <see cref="Utf8JsonReader"/> pass; anything unusual (escaped property names, repeated properties, ids that are
/// objects, arrays or escaped strings) goes to <see cref="CheckCommandJsonLines.Judge"/>, the reference reading, so
/// every line gets exactly the answer the contract gives it.
/// </summary>
internal static class JsonLineJudge
{
    // Results are read by tools and people, not embedded in HTML: keep accents and quotes readable.
    internal static readonly JsonWriterOptions WriterOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private static readonly SearchValues<byte> NumberOrLiteralBytes = SearchValues.Create("-0123456789.eEtruefals+"u8);

    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false };

    /// <summary>Appends the result line for <paramref name="line"/> (no line break) to <paramref name="writer"/>'s buffer.</summary>
    public static void Judge(SpeculationDetector detector, ReadOnlySpan<byte> line, Utf8JsonWriter writer, List<string> context)
    {
        if (!Utf8.IsValid(line))
        {
            writer.WriteStartObject();
            writer.WriteNull("id");
            writer.WriteString("error", "not valid UTF-8");
            writer.WriteEndObject();
            return;
        }

        if (!TryRead(line, context, out var idRange, out var text))
        {
            // The reference path, for everything the fast reading does not take (including every malformed line).
            writer.WriteRawValue(CheckCommandJsonLines.Judge(detector, Encoding.UTF8.GetString(line)), skipInputValidation: true);
            return;
        }

        var verdict = detector.Evaluate(text, context: context);
        writer.WriteStartObject();
        writer.WritePropertyName("id"u8);
        var id = line.Slice(idRange.Start, idRange.Length);
        if (id.IsEmpty)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteRawValue(id, skipInputValidation: true);
        }

        writer.WriteBoolean("remind"u8, verdict.Remind);
        writer.WriteNumber("score"u8, Math.Round(verdict.Score, 3));
        if (verdict.Person is { } person)
        {
            writer.WriteString("person"u8, person.Name);
        }
        else
        {
            writer.WriteNull("person"u8);
        }

        writer.WriteStartArray("reasons"u8);
        foreach (var reason in verdict.Reasons)
        {
            writer.WriteStringValue(reason.ToString());
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// The fast reading: true with the id's raw JSON (empty for none or null) and the text, false for anything the
    /// reference path should answer.
    /// </summary>
    private static bool TryRead(ReadOnlySpan<byte> line, List<string> context, out (int Start, int Length) id, out string text)
    {
        id = default;
        text = string.Empty;
        context.Clear();
        var reader = new Utf8JsonReader(line, ReaderOptions);
        var seenId = false;
        var seenText = false;
        var seenContext = false;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueIsEscaped)
                {
                    return false;
                }

                var name = reader.ValueSpan;
                if (!reader.Read())
                {
                    return false;
                }

                if (name.SequenceEqual("id"u8))
                {
                    if (seenId || !TryRawId(ref reader, out id))
                    {
                        return false;
                    }

                    seenId = true;
                }
                else if (name.SequenceEqual("text"u8))
                {
                    if (seenText || reader.TokenType != JsonTokenType.String)
                    {
                        return false;
                    }

                    text = reader.GetString()!;
                    seenText = true;
                }
                else if (name.SequenceEqual("context"u8))
                {
                    if (seenContext || !TryReadContext(ref reader, context))
                    {
                        return false;
                    }

                    seenContext = true;
                }
                else
                {
                    reader.Skip();
                }
            }

            // The object must be closed and nothing may follow it.
            return seenText && reader.TokenType == JsonTokenType.EndObject && !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The id's raw JSON as a range of the line (empty for null), for the kinds written back byte for byte.</summary>
    private static bool TryRawId(ref Utf8JsonReader reader, out (int Start, int Length) id)
    {
        id = default;
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return true;
            case JsonTokenType.String when !reader.ValueIsEscaped:
                // The raw token with its quotes, exactly as the input spells it.
                id = ((int)reader.TokenStartIndex, reader.ValueSpan.Length + 2);
                return true;
            case JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False:
                id = ((int)reader.TokenStartIndex, reader.ValueSpan.Length);
                return reader.ValueSpan.IndexOfAnyExcept(NumberOrLiteralBytes) < 0;
            default:
                return false;
        }
    }

    private static bool TryReadContext(ref Utf8JsonReader reader, List<string> context)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                return false;
            }

            context.Add(reader.GetString()!);
        }

        return reader.TokenType == JsonTokenType.EndArray;
    }
}
