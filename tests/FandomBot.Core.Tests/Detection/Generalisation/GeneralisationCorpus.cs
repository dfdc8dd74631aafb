using System.Text.Json;
using FandomBot.Core.People;

namespace FandomBot.Core.Tests.Detection.Generalisation;

/// <summary>
/// The corpus under <c>corpus/</c>: the training part, the sealed test part and the lines the two labellers disagreed
/// on. The sealed part is only ever scored here: whoever tunes the detector reads its figures, never its lines.
/// </summary>
internal static class GeneralisationCorpus
{
    private static readonly Lazy<IReadOnlyList<LabelledLine>> LazyTraining = new(() => ReadFolder("train"));
    private static readonly Lazy<IReadOnlyList<LabelledLine>> LazySealed = new(() => ReadFolder("sealed"));
    private static readonly Lazy<IReadOnlyList<LabelledLine>> LazyAmbiguous = new(() => ReadFile(Path.Combine(Root, "ambiguous.jsonl")));
    private static readonly Lazy<HashSet<string>> LazyPackNames = new(() =>
        [.. ShippedData.Packs.SelectMany(p => p.RealPeople).Select(r => Normalise(r.Name))]);

    public static string Root => Path.Combine(Path.GetDirectoryName(RepositoryFiles.FandomPacks)!, "..", "corpus");

    public static IReadOnlyList<LabelledLine> Training => LazyTraining.Value;

    public static IReadOnlyList<LabelledLine> Sealed => LazySealed.Value;

    public static IReadOnlyList<LabelledLine> Ambiguous => LazyAmbiguous.Value;

    /// <summary>A line about real people none of whom a built-in pack lists.</summary>
    public static bool IsAboutRealPersonInNoPack(LabelledLine line) =>
        line.About == "real" && !(line.People ?? []).Any(p => LazyPackNames.Value.Contains(Normalise(p)));

    /// <summary>A line about real people a built-in pack lists.</summary>
    public static bool IsAboutRealPersonInPack(LabelledLine line) => line.About == "real" && !IsAboutRealPersonInNoPack(line);

    private static string Normalise(string name) => name.Trim().ToLowerInvariant();

    private static List<LabelledLine> ReadFolder(string part)
    {
        var folder = Path.Combine(Root, part);
        return Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal).SelectMany(ReadFile)]
            : [];
    }

    private static List<LabelledLine> ReadFile(string path) => !File.Exists(path)
        ? []
        : [.. File.ReadLines(path).Where(l => l.Trim().Length > 0)
            .Select(l => JsonSerializer.Deserialize<LabelledLine>(l) ?? throw new InvalidDataException($"{path}: {l.Length} characters that are not a line"))];
}
