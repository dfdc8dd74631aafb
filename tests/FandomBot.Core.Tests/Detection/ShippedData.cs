using System.Text.Json;
using FandomBot.Core.Detection;
using FandomBot.Core.People;

namespace FandomBot.Core.Tests.Detection;

/// <summary>The shipped packs and the labelled corpus, loaded once for the quality tests and benchmarks-like checks.</summary>
internal static class ShippedData
{
    private static readonly Lazy<IReadOnlyList<FandomPack>> LazyPacks = new(() =>
        [.. Directory.GetFiles(RepositoryFiles.FandomPacks, "*.json").Order(StringComparer.Ordinal)
            .Select(path => FandomPackParser.Parse(File.ReadAllBytes(path), "config/fandoms/" + Path.GetFileName(path)))]);

    private static readonly Lazy<IReadOnlyList<CorpusEntry>> LazyCorpus = new(() =>
        [.. Directory.GetFiles(RepositoryFiles.Corpus, "*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadAllLines)
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonSerializer.Deserialize<CorpusEntry>(line) ?? throw new InvalidDataException(line))]);

    private static readonly Lazy<SpeculationDetector> LazyDetector = new(() => new SpeculationDetector(PeopleDirectory.FromPacks(Packs)));

    public static IReadOnlyList<FandomPack> Packs => LazyPacks.Value;

    public static IReadOnlyList<CorpusEntry> Corpus => LazyCorpus.Value;

    public static SpeculationDetector Detector => LazyDetector.Value;
}
