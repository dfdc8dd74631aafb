using FandomBot.Trainer;

namespace FandomBot.EmbeddingExperiment;

/// <summary>
/// A second-stage design over dense inputs: an embedding (or none) and, when <see cref="WithLinear"/>, the linear
/// model's nested out-of-fold logit first. Inputs are standardised with the training part's means and deviations, and
/// the model is the trainer's own <see cref="TinyMlp"/> (no hidden units: logistic regression with AdaGrad; with
/// hidden units: the same with a small network beside it), seeded, so every run gives the same scores.
/// <see cref="TrainOn"/>, when given, keeps only some training lines (e.g. English ones); every held-out line is scored.
/// </summary>
internal sealed record DenseDesign(string Name, Func<TrainingExample, float[]>? Embedding, bool WithLinear, TinyMlp Model, Func<TrainingExample, bool>? TrainOn = null)
{
    /// <summary>Out-of-fold scores on the shipped folds, sorted by id; a vetoed line scores 0 as in the trainer.</summary>
    public List<ScoredLine> Score(List<LinearFold> folds)
    {
        var scored = new List<ScoredLine>();
        foreach (var fold in folds)
        {
            var train = fold.Train.Where(e => !e.Vetoed && (TrainOn?.Invoke(e) ?? true)).Select(e => (e, Values(e, fold))).ToList();
            var (mean, deviation) = Standardisation(train.Select(t => t.Item2).ToList());
            var rows = train.Select(t => Row(t.e, t.Item2, mean, deviation)).ToList();
            var predict = Model.Train(rows, columns: 0);
            scored.AddRange(fold.Test.Select(e => new ScoredLine(e.Vetoed ? 0 : predict(Row(e, Values(e, fold), mean, deviation)), e.Remind, e.RulesRemind, e.Id)));
        }

        scored.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return scored;
    }

    private float[] Values(TrainingExample e, LinearFold fold)
    {
        var embedding = Embedding?.Invoke(e) ?? [];
        return WithLinear ? [fold.Logits[e.Id], .. embedding] : embedding;
    }

    private static (double[] Mean, double[] Deviation) Standardisation(List<float[]> values)
    {
        var width = values[0].Length;
        var mean = new double[width];
        var deviation = new double[width];
        foreach (var v in values)
        {
            for (var d = 0; d < width; d++)
            {
                mean[d] += v[d] / (double)values.Count;
            }
        }

        foreach (var v in values)
        {
            for (var d = 0; d < width; d++)
            {
                deviation[d] += (v[d] - mean[d]) * (v[d] - mean[d]) / values.Count;
            }
        }

        for (var d = 0; d < width; d++)
        {
            deviation[d] = Math.Max(Math.Sqrt(deviation[d]), 1e-6);
        }

        return (mean, deviation);
    }

    private static StackRow Row(TrainingExample e, float[] values, double[] mean, double[] deviation)
    {
        var standardised = new float[values.Length];
        for (var d = 0; d < values.Length; d++)
        {
            standardised[d] = (float)((values[d] - mean[d]) / deviation[d]);
        }

        return new StackRow(e.Id, [], standardised, e.Remind, e.RulesRemind, e.Vetoed);
    }
}
