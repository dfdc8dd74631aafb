using System.Globalization;
using FandomBot.Core.Detection;
using FandomBot.Core.Detection.Model;
using FandomBot.Core.People;

namespace FandomBot.Trainer;

/// <summary>
/// From corpus to model: reads the training lines (the corpus's training part and the older project corpus, less
/// the lines the two labellers disagreed on), builds each line's features with the detector's own code, picks the
/// threshold from out-of-fold predictions (5 folds), trains on everything and returns the model. Never reads the
/// sealed test part.
/// </summary>
internal static class ModelTraining
{
    public const int Bits = 18;
    private const int Folds = 5;

    /// <summary>Out-of-fold precision the threshold must reach; recall is maximised under it.</summary>
    private const double TargetPrecision = 0.975;

    public static TrainingResult Run(TrainingInputs inputs, TextWriter log)
    {
        var packs = Directory.GetFiles(inputs.PacksFolder, "*.json").Order(StringComparer.Ordinal)
            .Select(path => FandomPackParser.Parse(File.ReadAllBytes(path), "config/fandoms/" + Path.GetFileName(path)));
        var detector = new SpeculationDetector(PeopleDirectory.FromPacks(packs), model: null);
        var excluded = CorpusReader.Ids(inputs.AmbiguousFile);
        var lines = inputs.TrainingFolders.SelectMany(CorpusReader.ReadFolder).Where(l => !excluded.Contains(l.Id)).ToList();

        var mask = (1 << Bits) - 1;
        var buffer = new List<int>();
        var examples = new List<TrainingExample>();
        var ungatedReminders = 0;
        foreach (var line in lines)
        {
            if (detector.TryExtractFeatures(line.Text, line.Context, mask, buffer, out var rulesRemind, out var vetoed))
            {
                examples.Add(new TrainingExample(line.Id, [.. buffer], line.Remind, rulesRemind, vetoed));
            }
            else if (line.Remind)
            {
                ungatedReminders++;
                if (inputs.ShowErrors)
                {
                    log.WriteLine($"UNGATED {line.Id} [{line.Category}] {line.Text} || {string.Join(" | ", line.Context)}");
                }
            }
        }

        var rulesTp = lines.Count(l => l.Remind && detector.Evaluate(l.Text, 0, l.Context).Remind);
        var rulesFp = lines.Count(l => !l.Remind && detector.Evaluate(l.Text, 0, l.Context).Remind);
        var reminders = lines.Count(l => l.Remind);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"the rules alone on these lines: precision {(double)rulesTp / Math.Max(1, rulesTp + rulesFp):F3}, recall {(double)rulesTp / Math.Max(1, reminders):F3}"));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{lines.Count} training lines ({excluded.Count} ambiguous left out); {examples.Count} reach the model; {ungatedReminders} remind lines never reach it (no cue word)"));
        var trainer = new LogisticTrainer(Bits);
        var (threshold, rulesThreshold) = ChooseThresholds(trainer, examples, log, inputs.ShowErrors ? lines.ToDictionary(l => l.Id) : null);
        var (weights, bias) = trainer.Train(examples);
        var floats = weights.Select(w => (float)w).ToArray();
        var description = string.Create(CultureInfo.InvariantCulture, $"logistic, 2^{Bits} hashed features, {examples.Count} examples from {lines.Count} lines");
        var model = DetectorModel.FromWeights(Bits, floats, (float)bias, (float)threshold, (float)rulesThreshold, description);
        return new TrainingResult(model, lines.Count, examples.Count, threshold);
    }

    /// <summary>
    /// Chooses the model's two thresholds (alone, and when the rules themselves remind) from out-of-fold predictions:
    /// the highest recall whose precision reaches <see cref="TargetPrecision"/>, or, when none does, the best F0.5
    /// (precision weighs twice as much as recall: a wrong reminder costs the bot its welcome).
    /// </summary>
    private static (double Alone, double WithRules) ChooseThresholds(LogisticTrainer trainer, List<TrainingExample> examples, TextWriter log, Dictionary<string, LabelledLine>? showErrors)
    {
        var ordered = examples.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var scored = new List<(double P, bool Remind, bool Rules, string Id)>();
        var vetoed = ordered.Where(e => e.Vetoed).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        for (var fold = 0; fold < Folds; fold++)
        {
            var train = ordered.Where((_, i) => i % Folds != fold).ToList();
            var (w, b) = trainer.Train(train);
            scored.AddRange(ordered.Where((_, i) => i % Folds == fold)
                .Select(e => (e.Vetoed ? 0 : LogisticTrainer.Probability(w, b, e.Features), e.Remind, e.RulesRemind, e.Id)));
        }

        var best = (Alone: 0.5, WithRules: 0.5, Recall: -1.0);
        var fallback = (Alone: 0.5, WithRules: 0.5, F: -1.0);
        var bestF1 = 0.0;
        var recallAt90 = 0.0;
        var recallAt95 = 0.0;
        for (var alone = 30; alone <= 99; alone++)
        {
            for (var withRules = 5; withRules <= alone; withRules += 5)
            {
                var (precision, recall) = Score(scored, alone / 100.0, withRules / 100.0);
                var f05 = precision + recall == 0 ? 0 : 1.25 * precision * recall / ((0.25 * precision) + recall);
                bestF1 = Math.Max(bestF1, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
                recallAt90 = precision >= 0.90 ? Math.Max(recallAt90, recall) : recallAt90;
                recallAt95 = precision >= 0.95 ? Math.Max(recallAt95, recall) : recallAt95;
                if (precision >= TargetPrecision && recall > best.Recall)
                {
                    best = (alone / 100.0, withRules / 100.0, recall);
                }

                if (f05 > fallback.F)
                {
                    fallback = (alone / 100.0, withRules / 100.0, f05);
                }
            }
        }

        var chosen = best.Recall >= 0 ? (best.Alone, best.WithRules) : (fallback.Alone, fallback.WithRules);
        var (p, r) = Score(scored, chosen.Item1, chosen.Item2);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{vetoed.Count} lines vetoed (a character, or the author about themself), {ordered.Count(e => e.Vetoed && e.Remind)} of them labelled remind"));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"thresholds {chosen.Item1:F2} alone, {chosen.Item2:F2} when the rules remind: out-of-fold precision {p:F3}, recall {r:F3} (of the lines that reach the model; best F1 of any pair {bestF1:F3}, best recall at precision 0.90: {recallAt90:F3}, at 0.95: {recallAt95:F3})"));
        if (showErrors is not null)
        {
            foreach (var s in scored.Where(s => (s.P >= (s.Rules ? chosen.Item2 : chosen.Item1)) != s.Remind))
            {
                var line = showErrors[s.Id];
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(line.Remind ? (vetoed.Contains(s.Id) ? "VETO" : "MISS") : "FALSE")} {s.P:F2} {line.Id} [{line.Category}] {line.Text} || {string.Join(" | ", line.Context)}"));
            }
        }

        return chosen;
    }

    private static (double Precision, double Recall) Score(List<(double P, bool Remind, bool Rules, string Id)> scored, double alone, double withRules)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var s in scored)
        {
            var predicted = s.P >= (s.Rules ? withRules : alone);
            tp += predicted && s.Remind ? 1 : 0;
            fp += predicted && !s.Remind ? 1 : 0;
            fn += !predicted && s.Remind ? 1 : 0;
        }

        return (tp + fp == 0 ? 1 : (double)tp / (tp + fp), tp + fn == 0 ? 0 : (double)tp / (tp + fn));
    }
}
