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
    public const int Folds = 5;

    public static TrainingResult Run(TrainingInputs inputs, TextWriter log)
    {
        var (lines, examples) = ReadExamples(inputs, log);
        var trainer = new LogisticTrainer(Bits);
        var (threshold, rulesThreshold) = ChooseThresholds(trainer, examples, lines.Count(l => l.Remind), log, inputs.ShowErrors ? lines.ToDictionary(l => l.Id) : null);
        var (weights, bias) = trainer.Train(examples);
        var floats = weights.Select(w => (float)w).ToArray();
        var description = string.Create(CultureInfo.InvariantCulture, $"logistic, 2^{Bits} hashed features, {examples.Count} examples from {lines.Count} lines");
        var model = DetectorModel.FromWeights(Bits, floats, (float)bias, (float)threshold, (float)rulesThreshold, description);
        return new TrainingResult(model, lines.Count, examples.Count, threshold);
    }

    /// <summary>
    /// Reads the training lines and builds the features of those that reach the model, with the detector's own code;
    /// logs what the rules alone make of them.
    /// </summary>
    public static (List<LabelledLine> Lines, List<TrainingExample> Examples) ReadExamples(TrainingInputs inputs, TextWriter log)
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
        var gatedOrdinary = 0;
        foreach (var line in lines)
        {
            if (detector.TryExtractFeatures(line.Text, line.Context, mask, buffer, out var rulesRemind, out var veto))
            {
                examples.Add(new TrainingExample(line.Id, [.. buffer], line.Remind, rulesRemind, veto));
                gatedOrdinary += line.Category == "ordinary" ? 1 : 0;
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
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{lines.Count} training lines ({excluded.Count} ambiguous left out); {examples.Count} reach the model; {ungatedReminders} remind lines never reach it (no cue word); {gatedOrdinary} of {lines.Count(l => l.Category == "ordinary")} everyday-chat lines reach it"));
        return (lines, examples);
    }

    /// <summary>
    /// Chooses the model's two thresholds (alone, and when the rules themselves remind) from out-of-fold predictions
    /// (<see cref="ThresholdChoice"/>).
    /// </summary>
    private static (double Alone, double WithRules) ChooseThresholds(LogisticTrainer trainer, List<TrainingExample> examples, int reminders, TextWriter log, Dictionary<string, LabelledLine>? showErrors)
    {
        var scored = OutOfFold(trainer, examples);
        var chosen = ThresholdChoice.Choose(scored);
        var found = scored.Count(s => s.Remind && chosen.Predicts(s));
        var wrong = scored.Count(s => !s.Remind && chosen.Predicts(s));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{examples.Count(e => e.Vetoed)} lines vetoed (a character, or the author about themself), {examples.Count(e => e.Vetoed && e.Remind)} of them labelled remind"));
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"thresholds {chosen.Alone:F2} alone, {chosen.WithRules:F2} when the rules remind: out-of-fold precision {chosen.Precision:F3}, recall {chosen.Recall:F3} (of the lines that reach the model; best F1 of any pair {chosen.BestF1:F3}, best recall at precision 0.90: {chosen.RecallAt90:F3}, at 0.95: {chosen.RecallAt95:F3})"));
        var whole = ThresholdChoice.Choose([.. scored, .. Enumerable.Range(0, reminders - scored.Count(x => x.Remind)).Select(i => new ScoredLine(0, true, false, "ungated"))]);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"over every training line (a line that never reaches the model is quiet): precision {(double)found / Math.Max(1, found + wrong):F3}, recall {(double)found / Math.Max(1, reminders):F3}; best F1 of any pair {whole.BestF1:F3}, best recall at precision 0.90: {whole.RecallAt90:F3}"));
        if (showErrors is not null)
        {
            var vetoes = examples.Where(e => e.Vetoed).ToDictionary(e => e.Id, e => e.Veto, StringComparer.Ordinal);
            foreach (var s in scored.Where(s => chosen.Predicts(s) != s.Remind))
            {
                var line = showErrors[s.Id];
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(line.Remind ? (vetoes.TryGetValue(s.Id, out var kind) ? "VETO-" + kind : "MISS") : "FALSE")} {s.P:F2} {line.Id} [{line.Category}] {line.Text} || {string.Join(" | ", line.Context)}"));
            }
        }

        return (chosen.Alone, chosen.WithRules);
    }

    /// <summary>
    /// The logistic model's out-of-fold predictions: examples ordered by id, fold k holds every fifth from k, each
    /// scored by a model trained on the other four (a vetoed line scores 0: the veto keeps it quiet whatever).
    /// </summary>
    public static List<ScoredLine> OutOfFold(LogisticTrainer trainer, IReadOnlyList<TrainingExample> examples)
    {
        var ordered = examples.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var scored = new List<ScoredLine>();
        for (var fold = 0; fold < Folds; fold++)
        {
            var train = ordered.Where((_, i) => i % Folds != fold).ToList();
            var (w, b) = trainer.Train(train);
            scored.AddRange(ordered.Where((_, i) => i % Folds == fold)
                .Select(e => new ScoredLine(e.Vetoed ? 0 : LogisticTrainer.Probability(w, b, e.Features), e.Remind, e.RulesRemind, e.Id)));
        }

        return scored;
    }
}
