using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FandomBot.Core.Detection;

namespace FandomBot.Cli;

/// <summary>
/// <c>fandombot check --jsonl</c>: one result line per input line, in input order. The contract is stable:
/// input <c>{"id": "...", "text": "...", "context": ["older", "newer"]}</c> (context optional); output
/// <c>{"id": "...", "remind": true, "score": 0.93, "person": "Kit Connor", "reasons": ["..."]}</c>, or
/// <c>{"id": ..., "error": "..."}</c> for a malformed line (or one that is not UTF-8), and the rest go on. Exit 0
/// unless the file cannot be read. Streamed on every core in bounded memory (<see cref="JsonLinesPipeline"/>); this
/// class keeps the reference reading of a line, which the fast path hands anything unusual.
/// </summary>
internal static class CheckCommandJsonLines
{
    // Results are read by tools and people, not embedded in HTML: keep accents and quotes readable.
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(SpeculationDetector detector, FileInfo input, FileInfo? output, TextWriter stdout, TextWriter stderr)
    {
        Stream source;
        try
        {
            source = new FileStream(input.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{input}: cannot read: {ex.Message}");
            return ExitCodes.Failure;
        }

        using (source)
        {
            var pipeline = new JsonLinesPipeline(detector);
            try
            {
                if (output is null)
                {
                    pipeline.RunAsync(source, bytes =>
                    {
                        stdout.Write(Encoding.UTF8.GetString(bytes.Span));
                        return ValueTask.CompletedTask;
                    }).GetAwaiter().GetResult();
                }
                else
                {
                    using var target = new FileStream(output.FullName, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
                    pipeline.RunAsync(source, bytes => target.WriteAsync(bytes)).GetAwaiter().GetResult();
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A read error after the file opened is the input's; anything else is the output's.
                stderr.WriteLine(ex is IOException && output is null ? $"{input}: cannot read: {ex.Message}" : $"{output ?? input}: cannot write: {ex.Message}");
                return ExitCodes.Failure;
            }
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
