using System.Globalization;
using FandomBot.Trainer;

namespace FandomBot.EmbeddingExperiment;

/// <summary>
/// One markdown table per subset of lines (all, one language): for each design its best F1 and recall at precision
/// 0.90 and 0.95 over the subset's own threshold sweep (<see cref="ThresholdChoice"/>), precision and recall at the
/// thresholds <see cref="ThresholdChoice"/> chose on ALL lines (one detector serves every language), and a paired
/// bootstrap of the best-F1 difference against the first design (500 resamples of the subset's lines, fixed seed,
/// each design at its own best-F1 thresholds, as EXPERIMENT-14.md does).
/// </summary>
internal static class DesignTable
{
    private const int Resamples = 500;

    /// <param name="designs">Out-of-fold scores, every list sorted by id and over the same lines; the first is the baseline.</param>
    /// <param name="inSubset">Whether the line at an index belongs to the subset.</param>
    public static void Write(string title, IReadOnlyList<(string Name, List<ScoredLine> Scored)> designs, Func<int, bool> inSubset, TextWriter log)
    {
        var indices = Enumerable.Range(0, designs[0].Scored.Count).Where(inSubset).ToArray();
        var reminders = indices.Count(i => designs[0].Scored[i].Remind);
        log.WriteLine();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"### {title}: {indices.Length} lines reach the model, {reminders} of them remind"));
        log.WriteLine();
        log.WriteLine("| design | thr. (all lines) | P | R | F1 | best F1 | Δ best F1 vs E0 [95%] | R@P.90 | R@P.95 |");
        log.WriteLine("|---|---|---|---|---|---|---|---|---|");
        var weights = ModelExperiments.Resamples(indices.Length, Resamples);
        var baseline = Subset(designs[0].Scored, indices);
        var baselineChoice = ThresholdChoice.Choose(baseline);
        foreach (var (name, scored) in designs)
        {
            var all = ThresholdChoice.Choose(scored);
            var subset = Subset(scored, indices);
            var own = ThresholdChoice.Choose(subset);
            var (precision, recall) = PrecisionRecall(subset, all);
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            var gain = "";
            if (!ReferenceEquals(scored, designs[0].Scored))
            {
                var gains = weights.Select(w => ThresholdChoice.F1At(subset, own.BestF1At, w) - ThresholdChoice.F1At(baseline, baselineChoice.BestF1At, w)).Order().ToArray();
                gain = string.Create(CultureInfo.InvariantCulture, $"{Points(own.BestF1 - baselineChoice.BestF1)} [{Points(gains[(int)(gains.Length * 0.025)])}, {Points(gains[(int)(gains.Length * 0.975)])}]");
            }

            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {all.Alone:F2}/{all.WithRules:F2} | {precision:F3} | {recall:F3} | {f1:F3} | {own.BestF1:F3} | {gain} | {own.RecallAt90:F3} | {own.RecallAt95:F3} |"));
        }
    }

    private static List<ScoredLine> Subset(List<ScoredLine> scored, int[] indices) => [.. indices.Select(i => scored[i])];

    private static string Points(double difference) => (difference * 100).ToString("+0.0;−0.0;0.0", CultureInfo.InvariantCulture);

    private static (double Precision, double Recall) PrecisionRecall(List<ScoredLine> scored, ThresholdChoice thresholds)
    {
        var tp = scored.Count(s => s.Remind && thresholds.Predicts(s));
        var fp = scored.Count(s => !s.Remind && thresholds.Predicts(s));
        var positives = scored.Count(s => s.Remind);
        return (tp + fp == 0 ? 1 : (double)tp / (tp + fp), positives == 0 ? 0 : (double)tp / positives);
    }
}
