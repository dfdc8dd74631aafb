using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FandomBot.Core.Detection;

namespace FandomBot.Cli;

/// <summary>
/// <c>fandombot check --jsonl</c>: one result line per input line, in input order. The contract is stable:
/// input <c>{"id": "...", "text": "...", "context": ["older", "newer"]}</c> (context optional); output
/// <c>{"id": "...", "remind": true, "score": 0.93, "person": "Kit Connor", "reasons": ["..."]}</c>, or
/// <c>{"id": ..., "error": "..."}</c> for a malformed line, and the rest go on. Exit 0 unless the file cannot be read.
/// </summary>
internal static class CheckCommandJsonLines
{
    // Results are read by tools and people, not embedded in HTML: keep accents and quotes readable.
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(SpeculationDetector detector, FileInfo input, FileInfo? output, TextWriter stdout, TextWriter stderr)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(input.FullName, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{input}: cannot read: {ex.Message}");
            return ExitCodes.Failure;
        }

        var results = lines.Where(line => !string.IsNullOrWhiteSpace(line)).Select(line => Judge(detector, line));
        try
        {
            if (output is null)
            {
                foreach (var result in results)
                {
                    stdout.WriteLine(result);
                }
            }
            else
            {
                File.WriteAllLines(output.FullName, results, new UTF8Encoding(false));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{output}: cannot write: {ex.Message}");
            return ExitCodes.Failure;
        }

        return ExitCodes.Success;
    }

    /// <summary>The result line for one input line.</summary>
    internal static string Judge(SpeculationDetector detector, string line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return Error(null, "not valid JSON: " + ex.Message.Split(". ")[0]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Error(null, "each line must be a JSON object");
            }

            JsonElement? id = root.TryGetProperty("id", out var idElement) ? idElement : null;
            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return Error(id, "\"text\" must be a string");
            }

            var context = new List<string>();
            if (root.TryGetProperty("context", out var contextElement) && contextElement.ValueKind != JsonValueKind.Null)
            {
                if (contextElement.ValueKind != JsonValueKind.Array || contextElement.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
                {
                    return Error(id, "\"context\" must be an array of strings");
                }

                context.AddRange(contextElement.EnumerateArray().Select(e => e.GetString()!));
            }

            var verdict = detector.Evaluate(textElement.GetString()!, context: context);
            return Write(writer =>
            {
                WriteId(writer, id);
                writer.WriteBoolean("remind", verdict.Remind);
                writer.WriteNumber("score", Math.Round(verdict.Score, 3));
                if (verdict.Person is { } person)
                {
                    writer.WriteString("person", person.Name);
                }
                else
                {
                    writer.WriteNull("person");
                }

                writer.WriteStartArray("reasons");
                foreach (var reason in verdict.Reasons)
                {
                    writer.WriteStringValue(reason.ToString());
                }

                writer.WriteEndArray();
            });
        }
    }

    private static string Error(JsonElement? id, string problem) => Write(writer =>
    {
        WriteId(writer, id);
        writer.WriteString("error", problem);
    });

    private static void WriteId(Utf8JsonWriter writer, JsonElement? id)
    {
        writer.WritePropertyName("id");
        if (id is { } value)
        {
            value.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
