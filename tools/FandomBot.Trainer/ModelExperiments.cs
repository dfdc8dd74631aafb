using System.Globalization;
using FandomBot.Core.Detection.Model;

namespace FandomBot.Trainer;

/// <summary>
/// Issue 14's experiment: can a model with interactions beat the linear one? Scores each design out-of-fold on the
/// same folds as the shipped model's thresholds (examples by id, every fifth line), chooses each design's thresholds
/// with the same <see cref="ThresholdChoice"/>, and prints one row per design. A stacked design's linear input is
/// itself out-of-fold inside each training part (nested folds), so the second stage never learns from scores the
/// linear model made on lines it was trained on. Never reads the sealed test part.
/// </summary>
internal static class ModelExperiments
{
    public static void Run(TrainingInputs inputs, TextWriter log)
    {
        var (_, examples) = ModelTraining.ReadExamples(inputs, log);
        var ordered = examples.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var trainer = new LogisticTrainer(ModelTraining.Bits);
        var baseline = ModelTraining.OutOfFold(trainer, ordered);

        // In id order like every design's scores, so a bootstrap resample weighs the same lines on both sides.
        baseline.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        var baselineChoice = ThresholdChoice.Choose(baseline);
        log.WriteLine(baselineChoice.Row("linear (shipped)"));
        var resamples = Resamples(baseline.Count, 500);

        // The linear model's logits: inside each outer training part out-of-fold, on its held-out fold from the whole part.
        var folds = new List<(List<TrainingExample> Train, List<TrainingExample> Test, Dictionary<string, float> Inner, Dictionary<string, float> Outer)>();
        for (var fold = 0; fold < ModelTraining.Folds; fold++)
        {
            var train = ordered.Where((_, i) => i % ModelTraining.Folds != fold).ToList();
            var test = ordered.Where((_, i) => i % ModelTraining.Folds == fold).ToList();
            var inner = InnerLogits(trainer, train);
            var (w, b) = trainer.Train(train);
            var outer = test.ToDictionary(e => e.Id, e => Logit(LogisticTrainer.Probability(w, b, e.Features)), StringComparer.Ordinal);
            folds.Add((train, test, inner, outer));
        }

        var rules = RuleColumns(ordered);
        log.WriteLine($"{rules.Count} rule-finding columns present in >= 5 lines");
        foreach (var (name, columns, linear, model) in Designs(ordered, rules))
        {
            var scored = new List<ScoredLine>();
            foreach (var (train, test, inner, outer) in folds)
            {
                var trainRows = train.Where(e => !e.Vetoed).Select(e => Row(e, columns, linear ? inner[e.Id] : null)).ToList();
                var predict = model(trainRows, columns.Count);
                scored.AddRange(test.Select(e => new ScoredLine(e.Vetoed ? 0 : predict(Row(e, columns, linear ? outer[e.Id] : null)), e.Remind, e.RulesRemind, e.Id)));
            }

            scored.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            var choice = ThresholdChoice.Choose(scored);
            var gains = resamples.Select(w => ThresholdChoice.F1At(scored, choice.BestF1At, w) - ThresholdChoice.F1At(baseline, baselineChoice.BestF1At, w)).Order().ToArray();
            log.WriteLine(choice.Row(name) + string.Create(CultureInfo.InvariantCulture,
                $" | best-F1 gain over linear {choice.BestF1 - baselineChoice.BestF1:+0.000;-0.000;+0.000}, 95% bootstrap [{gains[(int)(gains.Length * 0.025)]:+0.000;-0.000;+0.000}, {gains[(int)(gains.Length * 0.975)]:+0.000;-0.000;+0.000}]"));
        }
    }

    private static IEnumerable<(string Name, Dictionary<int, int> Columns, bool Linear, Func<List<StackRow>, int, Func<StackRow, double>> Model)> Designs(List<TrainingExample> examples, Dictionary<int, int> rules)
    {
        Func<List<StackRow>, int, Func<StackRow, double>> Trees(int trees, int depth, double rate, double lambda = 1, double minHessian = 2, bool residual = false) => (rows, columns) =>
            new BoostedTrees(trees, depth, rate, lambda, minHessian, fromFirstValue: residual).Train(rows, columns).Probability;

        var top = TopColumns(examples, rules, minCount: 10, limit: 4000);
        var all = TopColumns(examples, rules, minCount: 1, limit: int.MaxValue);
        Func<List<StackRow>, int, Func<StackRow, double>> Mlp(int hidden, int epochs, double rate) => (rows, columns) =>
            new TinyMlp(hidden, epochs, rate).Train(rows, columns);

        Func<List<StackRow>, int, Func<StackRow, double>> Mean(Func<List<StackRow>, int, Func<StackRow, double>> a, Func<List<StackRow>, int, Func<StackRow, double>> b) => (rows, columns) =>
        {
            var (first, second) = (a(rows, columns), b(rows, columns));
            return row => (first(row) + second(row)) / 2;
        };

        var few = TopColumns(examples, rules, minCount: 30, limit: 1000);
        yield return ("A1 GBDT 200x d4 lr.1 / rules + linear OOF logit", rules, true, Trees(200, 4, 0.1));
        yield return ("A2 GBDT 300x d6 lr.05 / rules + linear OOF logit", rules, true, Trees(300, 6, 0.05));
        yield return ("A3 GBDT 300x d4 lr.05 residual on linear / rules", rules, true, Trees(300, 4, 0.05, residual: true));
        yield return ($"B1 GBDT 300x d5 lr.05 / top {top.Count} hashed + rules", top, false, Trees(300, 5, 0.05));
        yield return ($"B2 GBDT 600x d6 lr.1 / top {top.Count} hashed + rules", top, false, Trees(600, 6, 0.1));
        yield return ($"C1 GBDT 300x d6 lr.05 / top {few.Count} + rules + linear", few, true, Trees(300, 6, 0.05));
        yield return ($"C2 GBDT 400x d5 lr.05 l5 h5 / top {top.Count} + rules + linear", top, true, Trees(400, 5, 0.05, 5, 5));
        yield return ("D1 MLP h16 e8 / rules + linear", rules, true, Mlp(16, 8, 0.05));
        yield return ($"D2 MLP h16 e8 / top {top.Count} + rules + linear", top, true, Mlp(16, 8, 0.05));
        yield return ($"D3 MLP h32 e12 lr.02 / all {all.Count} hashed", all, false, Mlp(32, 12, 0.02));
        yield return ("E1 mean of A2 and D1", rules, true, Mean(Trees(300, 6, 0.05), Mlp(16, 8, 0.05)));
    }

    /// <summary>The columns of the rules' findings (families other than words, grams and context words) seen in at least 5 lines.</summary>
    private static Dictionary<int, int> RuleColumns(List<TrainingExample> examples)
    {
        var mask = (1 << ModelTraining.Bits) - 1;
        var candidates = new HashSet<int>();
        void Add(FeatureFamily family, int value) => candidates.Add(FeatureHasher.Index(FeatureHasher.Add(FeatureHasher.Start(family), value), mask));
        foreach (var v in Ranges((1, 6), (40, 43), (50, 53), (100, 104), (200, 231), (300, 331)))
        {
            Add(FeatureFamily.Rule, v);
        }

        foreach (var v in Ranges((0, 99), (500, 599), (600, 603), (700, 703), (900, 900)))
        {
            Add(FeatureFamily.Reference, v);
        }

        for (var v = 0; v < 64; v++)
        {
            Add(FeatureFamily.ReasonKind, v);
            Add(FeatureFamily.ReasonKind, 1000 + v);
            Add(FeatureFamily.CueRole, v);
            Add(FeatureFamily.Language, v);
            Add(FeatureFamily.Emoji, v);
            foreach (var subject in Ranges((0, 19), (99, 99)))
            {
                candidates.Add(FeatureHasher.Index(FeatureHasher.Add(FeatureHasher.Add(FeatureHasher.Start(FeatureFamily.CueSubject), v), subject), mask));
            }
        }

        return Frequent(examples, candidates.Contains, 5, int.MaxValue, []);
    }

    private static IEnumerable<int> Ranges(params (int From, int To)[] ranges) =>
        ranges.SelectMany(r => Enumerable.Range(r.From, r.To - r.From + 1));

    /// <summary>The rule columns plus the most frequent other hashed features (words, pairs, grams, context words).</summary>
    private static Dictionary<int, int> TopColumns(List<TrainingExample> examples, Dictionary<int, int> rules, int minCount, int limit) =>
        Frequent(examples, f => !rules.ContainsKey(f), minCount, limit, rules);

    private static Dictionary<int, int> Frequent(List<TrainingExample> examples, Func<int, bool> eligible, int minCount, int limit, Dictionary<int, int> start)
    {
        var counts = new Dictionary<int, int>();
        foreach (var f in examples.SelectMany(e => e.Features).Where(eligible))
        {
            counts[f] = counts.GetValueOrDefault(f) + 1;
        }

        var columns = new Dictionary<int, int>(start);
        foreach (var (feature, _) in counts.Where(c => c.Value >= minCount).OrderByDescending(c => c.Value).ThenBy(c => c.Key).Take(limit))
        {
            columns[feature] = columns.Count;
        }

        return columns;
    }

    /// <summary>Bootstrap resamples of the lines as counts per line (paired: every design is scored on the same ones).</summary>
    internal static List<int[]> Resamples(int lines, int count)
    {
        var random = new SplitMix64(0xB007);
        var resamples = new List<int[]>();
        for (var r = 0; r < count; r++)
        {
            var weights = new int[lines];
            for (var i = 0; i < lines; i++)
            {
                weights[(int)(random.Next() % (ulong)lines)]++;
            }

            resamples.Add(weights);
        }

        return resamples;
    }

    private static Dictionary<string, float> InnerLogits(LogisticTrainer trainer, List<TrainingExample> train)
    {
        var logits = new Dictionary<string, float>(StringComparer.Ordinal);
        for (var fold = 0; fold < ModelTraining.Folds; fold++)
        {
            var (w, b) = trainer.Train(train.Where((_, i) => i % ModelTraining.Folds != fold).ToList());
            foreach (var e in train.Where((_, i) => i % ModelTraining.Folds == fold))
            {
                logits[e.Id] = Logit(LogisticTrainer.Probability(w, b, e.Features));
            }
        }

        return logits;
    }

    private static StackRow Row(TrainingExample e, Dictionary<int, int> columns, float? linear)
    {
        var present = e.Features.Where(columns.ContainsKey).Select(f => columns[f]).Distinct().Order().ToArray();
        return new StackRow(e.Id, present, linear is { } l ? [l] : [], e.Remind, e.RulesRemind, e.Vetoed);
    }

    private static float Logit(double p)
    {
        p = Math.Clamp(p, 1e-6, 1 - 1e-6);
        return (float)Math.Log(p / (1 - p));
    }
}
