using FandomBot.Trainer;

namespace FandomBot.EmbeddingExperiment;

/// <summary>
/// One of the shipped five folds, with the linear model's logit for every line in it: out-of-fold inside the training
/// part (nested folds, so a second stage never learns from scores the linear model made on lines it was trained on),
/// and from the linear model trained on the whole training part for the held-out lines, as in ModelExperiments.
/// </summary>
internal sealed record LinearFold(List<TrainingExample> Train, List<TrainingExample> Test, Dictionary<string, float> Logits)
{
    /// <summary>The five folds of <paramref name="ordered"/> (examples by id; fold k = every fifth from k).</summary>
    public static List<LinearFold> All(LogisticTrainer trainer, List<TrainingExample> ordered)
    {
        var folds = new List<LinearFold>();
        for (var fold = 0; fold < ModelTraining.Folds; fold++)
        {
            var train = EveryFifth(ordered, fold, held: false);
            var test = EveryFifth(ordered, fold, held: true);
            var logits = new Dictionary<string, float>(StringComparer.Ordinal);
            for (var inner = 0; inner < ModelTraining.Folds; inner++)
            {
                Score(trainer, EveryFifth(train, inner, held: false), EveryFifth(train, inner, held: true), logits);
            }

            Score(trainer, train, test, logits);
            folds.Add(new LinearFold(train, test, logits));
        }

        return folds;
    }

    public static float Logit(double p)
    {
        p = Math.Clamp(p, 1e-6, 1 - 1e-6);
        return (float)Math.Log(p / (1 - p));
    }

    private static List<TrainingExample> EveryFifth(List<TrainingExample> examples, int fold, bool held) =>
        examples.Where((_, i) => (i % ModelTraining.Folds == fold) == held).ToList();

    private static void Score(LogisticTrainer trainer, List<TrainingExample> train, List<TrainingExample> scored, Dictionary<string, float> logits)
    {
        var (weights, bias) = trainer.Train(train);
        foreach (var e in scored)
        {
            logits[e.Id] = Logit(LogisticTrainer.Probability(weights, bias, e.Features));
        }
    }
}
