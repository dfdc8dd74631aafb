using System.Diagnostics;
using System.Globalization;

namespace FandomBot.EmbeddingExperiment;

/// <summary>
/// Embeds one sentence and prints what came out: the smallest run that shows whether the encoder loads and works in a
/// given build (used to try a NativeAOT publish).
/// </summary>
internal static class OneEmbedding
{
    public static int Run(string text, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        using var encoder = SentenceEmbeddings.CreateEncoder(threads: 1);
        var loaded = clock.Elapsed;
        var vector = encoder.Encode([text], CancellationToken.None)[0];
        var norm = Math.Sqrt(vector.Sum(v => (double)v * v));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{vector.Length} dimensions, norm {norm:F4}, first {vector[0]:F6}; model loaded in {loaded.TotalMilliseconds:F0} ms, first embedding {(clock.Elapsed - loaded).TotalMilliseconds:F1} ms, working set {Environment.WorkingSet / (1 << 20)} MiB"));
        return vector.Length == SentenceEmbeddings.Dimensions ? 0 : 1;
    }
}
