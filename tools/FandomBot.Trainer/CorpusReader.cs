using System.Text.Json;

namespace FandomBot.Trainer;

/// <summary>
/// Reads corpus files (JSON lines): the corpus format of <c>corpus/README.md</c>, and the older project corpus under
/// tests/, whose "quiet" is today's "ok". A malformed line stops the read with the file and line number.
/// </summary>
internal static class CorpusReader
{
    /// <summary>Every line of every <c>*.jsonl</c> in <paramref name="folder"/>, files in ordinal order, lines in file order.</summary>
    public static List<LabelledLine> ReadFolder(string folder) =>
        [.. Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal).SelectMany(ReadFile)];

    public static IEnumerable<LabelledLine> ReadFile(string path)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            LabelledLine parsed;
            try
            {
                parsed = Parse(line);
            }
            catch (Exception ex) when (ex is JsonException or InvalidDataException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}:{number}: {ex.Message}", ex);
            }

            yield return parsed;
        }
    }

    /// <summary>The ids listed in a file of JSON lines (the ambiguous file), or none when it does not exist.</summary>
    public static HashSet<string> Ids(string path) =>
        File.Exists(path) ? [.. ReadFile(path).Select(l => l.Id)] : [];

    private static LabelledLine Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var label = root.GetProperty("label").GetString();
        var remind = label switch
        {
            "remind" => true,
            "ok" or "quiet" => false,
            _ => throw new InvalidDataException($"label must be remind or ok, not {label}"),
        };
        List<string> context = [];
        if (root.TryGetProperty("context", out var c) && c.ValueKind == JsonValueKind.Array)
        {
            context.AddRange(c.EnumerateArray().Select(e => e.GetString() ?? string.Empty));
        }

        List<string> people = [];
        if (root.TryGetProperty("people", out var p) && p.ValueKind == JsonValueKind.Array)
        {
            people.AddRange(p.EnumerateArray().Select(e => e.GetString() ?? string.Empty));
        }

        return new LabelledLine(
            root.GetProperty("id").GetString() ?? throw new InvalidDataException("id"),
            root.GetProperty("text").GetString() ?? throw new InvalidDataException("text"),
            context,
            remind,
            root.TryGetProperty("lang", out var lang) ? lang.GetString() ?? "en" : "en",
            root.TryGetProperty("category", out var category) ? category.GetString() ?? string.Empty : string.Empty,
            root.TryGetProperty("about", out var about) ? about.GetString() ?? string.Empty : string.Empty,
            people);
    }
}
