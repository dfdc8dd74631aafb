using System.Globalization;

namespace FandomBot.Trainer;

/// <summary>
/// Does more data pay? Out-of-fold figures when each fold's model trains on a fraction of its training part (the
/// held-out folds stay whole), so the slope says what more lines of the same kind would buy. Training lines only.
/// </summary>
internal static class LearningCurve
{
    public static void Run(TrainingInputs inputs, TextWriter log)
    {
        var (_, examples) = ModelTraining.ReadExamples(inputs, log);
        var trainer = new LogisticTrainer(ModelTraining.Bits);
        var ordered = examples.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        log.WriteLine("| share of training part | examples per fold | best F1 | P / R at best F0.5 | R@P.90 | R@P.95 |");
        log.WriteLine("|---|---|---|---|---|---|");
        foreach (var share in new[] { 0.25, 0.5, 0.75, 1.0 })
        {
            var scored = new List<ScoredLine>();
            var used = 0;
            for (var fold = 0; fold < ModelTraining.Folds; fold++)
            {
                // A fixed, spread-out subset: every line whose rank hashes under the share (same lines at every run).
                var train = ordered.Where((e, i) => i % ModelTraining.Folds != fold && Keep(e.Id, share)).ToList();
                used = train.Count;
                var (w, b) = trainer.Train(train);
                scored.AddRange(ordered.Where((_, i) => i % ModelTraining.Folds == fold)
                    .Select(e => new ScoredLine(e.Vetoed ? 0 : LogisticTrainer.Probability(w, b, e.Features), e.Remind, e.RulesRemind, e.Id)));
            }

            var c = ThresholdChoice.Choose(scored);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {share:P0} | {used:N0} | {c.BestF1:F3} | {c.Precision:F3} / {c.Recall:F3} | {c.RecallAt90:F3} | {c.RecallAt95:F3} |"));
        }
    }

    private static bool Keep(string id, double share)
    {
        var h = 14695981039346656037UL;
        foreach (var ch in id)
        {
            h = (h ^ ch) * 1099511628211UL;
        }

        return (h % 1000) < share * 1000;
    }
}
