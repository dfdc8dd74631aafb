using System.Globalization;
using FandomBot.Trainer;

namespace FandomBot.EmbeddingExperiment;

/// <summary>
/// The experiment: the shipped linear model (E0) against designs that see MiniLM's sentence vector, all scored
/// out-of-fold on the shipped folds over the lines that reach the model, thresholds chosen by the trainer's own
/// <see cref="ThresholdChoice"/>. Also the "uncertain band" designs: the linear model decides alone unless its score
/// falls inside a band, and only then is the message embedded; their rows say what share of lines would be embedded.
/// Reads only the trainer's training inputs, never the sealed test part.
/// </summary>
internal static class EmbeddingOutOfFold
{
    private static readonly string[] Languages = ["en", "es", "pt", "fr", "de"];

    public static void Run(TrainingInputs inputs, string cacheFolder, TextWriter log)
    {
        var (lines, examples) = ModelTraining.ReadExamples(inputs, log);
        var byId = lines.ToDictionary(l => l.Id, StringComparer.Ordinal);
        var ordered = examples.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var texts = SentenceEmbeddings.ForTexts(ordered.Select(e => byId[e.Id].Text), Path.Combine(cacheFolder, "minilm-text.bin"), log);
        var contexts = SentenceEmbeddings.ForTexts(ordered.Select(e => WithContext(byId[e.Id])), Path.Combine(cacheFolder, "minilm-context.bin"), log);
        float[] Text(TrainingExample e) => texts[byId[e.Id].Text];
        float[] Context(TrainingExample e) => contexts[WithContext(byId[e.Id])];

        var trainer = new LogisticTrainer(ModelTraining.Bits);
        var linear = ModelTraining.OutOfFold(trainer, ordered);
        linear.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var folds = LinearFold.All(trainer, ordered);
        log.WriteLine("nested linear logits ready");

        // No hidden units = logistic regression; 16 hidden units = the trainer's tiny MLP, direct path kept.
        TinyMlp Logistic() => new(hidden: 0, epochs: 10, rate: 0.02, l2: 1e-4);
        TinyMlp Mlp() => new(hidden: 16, epochs: 8, rate: 0.02, l2: 1e-4);
        var dense = new[]
        {
            new DenseDesign("E1 logistic / embedding of the text", Text, false, Logistic()),
            new DenseDesign("E1c logistic / embedding of context + text", Context, false, Logistic()),
            new DenseDesign("E2 logistic / linear logit + text embedding", Text, true, Logistic()),
            new DenseDesign("E2m MLP h16 / linear logit + text embedding", Text, true, Mlp()),
            new DenseDesign("E3 logistic / linear logit + context+text embedding", Context, true, Logistic()),
            new DenseDesign("E3m MLP h16 / linear logit + context+text embedding", Context, true, Mlp()),
            new DenseDesign("E2b logistic / linear logit + text and context+text embeddings", e => [.. Text(e), .. Context(e)], true, Logistic()),
            new DenseDesign("S0 logistic / linear logit alone (the restacking's own effect)", null, true, Logistic()),
        };
        var designs = new List<(string Name, List<ScoredLine> Scored)> { ("E0 linear (shipped)", linear) };
        foreach (var design in dense)
        {
            designs.Add((design.Name, design.Score(folds)));
            log.WriteLine($"scored {design.Name}");
        }

        // Routed designs: the linear score stands unless the line is routed to the embedding design; the share of
        // routed lines is of all lines that reach the model (the corpus is richer in hard lines than real chat).
        var e3 = designs.First(d => d.Name.StartsWith("E3 ", StringComparison.Ordinal)).Scored;
        foreach (var (low, high) in new[] { (0.10, 0.90), (0.20, 0.80), (0.30, 0.70) })
        {
            var (banded, share) = Routed(linear, e3, i => InBand(linear[i], low, high));
            designs.Add((string.Create(CultureInfo.InvariantCulture, $"B E3 only where linear p in [{low:F1}, {high:F1}] ({share:P1} embedded)"), banded));
        }

        bool English(TrainingExample e) => byId[e.Id].Lang == "en";
        var english = new DenseDesign("E3 trained on English lines", Context, true, Logistic(), English).Score(folds);
        var (englishOnly, englishShare) = Routed(linear, english, i => English(ordered[i]));
        designs.Add((string.Create(CultureInfo.InvariantCulture, $"L E3 trained and used on English lines only ({englishShare:P1} embedded)"), englishOnly));
        var (englishBand, englishBandShare) = Routed(linear, english, i => English(ordered[i]) && InBand(linear[i], 0.2, 0.8));
        designs.Add((string.Create(CultureInfo.InvariantCulture, $"L E3 English lines only, linear p in [0.2, 0.8] ({englishBandShare:P1} embedded)"), englishBand));

        DesignTable.Write("All languages", designs, _ => true, log);
        foreach (var language in Languages)
        {
            DesignTable.Write($"lang = {language}", designs, i => byId[designs[0].Scored[i].Id].Lang == language, log);
        }
    }

    /// <summary>The text read after its context, as one passage (the context's messages oldest first).</summary>
    private static string WithContext(LabelledLine line) =>
        line.Context.Count == 0 ? line.Text : string.Join(" | ", line.Context) + " | " + line.Text;

    private static bool InBand(ScoredLine line, double low, double high) => line.P >= low && line.P <= high;

    /// <summary>The linear score, replaced by the embedding design's for the routed lines; and the share of lines routed.</summary>
    private static (List<ScoredLine> Scored, double Share) Routed(List<ScoredLine> linear, List<ScoredLine> embedded, Func<int, bool> route)
    {
        var routed = new List<ScoredLine>(linear.Count);
        var count = 0;
        for (var i = 0; i < linear.Count; i++)
        {
            if (linear[i].Id != embedded[i].Id)
            {
                throw new InvalidOperationException($"scores out of step at {i}: {linear[i].Id} and {embedded[i].Id}");
            }

            var embed = route(i);
            count += embed ? 1 : 0;
            routed.Add(embed ? embedded[i] : linear[i]);
        }

        return (routed, (double)count / linear.Count);
    }
}
