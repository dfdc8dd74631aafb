using System.Globalization;

namespace FandomBot.Trainer;

/// <summary>
/// The two thresholds (alone, and when the rules remind) chosen from out-of-fold predictions, with what they give: the
/// best F0.5 (precision weighs twice as much as recall: a wrong reminder costs the bot its welcome). Every model design
/// is judged through this one procedure, so their figures compare.
/// </summary>
/// <remarks>
/// Until round 8 the choice was "the highest recall whose out-of-fold precision reaches 0.975, else the best F0.5", and
/// the fallback always applied. With round 8's lines a precision of 0.975 became reachable, but only at the very top of
/// the scores (thresholds 0.99/0.95, recall 0.17): on a corpus written to be hard, that rule silences nearly everything.
/// The best F0.5 is what every shipped model so far was chosen by.
/// </remarks>
internal sealed record ThresholdChoice(double Alone, double WithRules, double Precision, double Recall, double BestF1, double RecallAt90, double RecallAt95, (double Alone, double WithRules) BestF1At)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double F05 => FHalf(Precision, Recall);

    public static ThresholdChoice Choose(IReadOnlyList<ScoredLine> scored)
    {
        var best = (Alone: 0.5, WithRules: 0.5, Precision: 0.0, Recall: 0.0, F05: -1.0);
        var bestF1 = 0.0;
        var bestF1At = (Alone: 0.5, WithRules: 0.5);
        var recallAt90 = 0.0;
        var recallAt95 = 0.0;
        for (var alone = 30; alone <= 99; alone++)
        {
            for (var withRules = 5; withRules <= alone; withRules += 5)
            {
                var (precision, recall) = Score(scored, alone / 100.0, withRules / 100.0);
                var f05 = FHalf(precision, recall);
                var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
                if (f1 > bestF1)
                {
                    bestF1 = f1;
                    bestF1At = (alone / 100.0, withRules / 100.0);
                }

                recallAt90 = precision >= 0.90 ? Math.Max(recallAt90, recall) : recallAt90;
                recallAt95 = precision >= 0.95 ? Math.Max(recallAt95, recall) : recallAt95;
                if (f05 > best.F05)
                {
                    best = (alone / 100.0, withRules / 100.0, precision, recall, f05);
                }
            }
        }

        return new ThresholdChoice(best.Alone, best.WithRules, best.Precision, best.Recall, bestF1, recallAt90, recallAt95, bestF1At);
    }

    public bool Predicts(ScoredLine line) => line.P >= (line.Rules ? WithRules : Alone);

    /// <summary>One table row: the thresholds and the figures they give.</summary>
    public string Row(string design) => string.Create(CultureInfo.InvariantCulture,
        $"{design,-62} chosen {Alone:F2}/{WithRules:F2}: P {Precision:F3} R {Recall:F3} F1 {F1:F3} F0.5 {F05:F3} (the best) | best F1 {BestF1:F3} | R@P.90 {RecallAt90:F3} R@P.95 {RecallAt95:F3}");

    /// <summary>F1 at fixed thresholds, each line counted <paramref name="weights"/> times (a bootstrap resample).</summary>
    public static double F1At(IReadOnlyList<ScoredLine> scored, (double Alone, double WithRules) at, int[] weights)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < scored.Count; i++)
        {
            var s = scored[i];
            var predicted = s.P >= (s.Rules ? at.WithRules : at.Alone);
            tp += predicted && s.Remind ? weights[i] : 0;
            fp += predicted && !s.Remind ? weights[i] : 0;
            fn += !predicted && s.Remind ? weights[i] : 0;
        }

        return tp == 0 ? 0 : 2.0 * tp / ((2.0 * tp) + fp + fn);
    }

    private static double FHalf(double precision, double recall) =>
        precision + recall == 0 ? 0 : 1.25 * precision * recall / ((0.25 * precision) + recall);

    private static (double Precision, double Recall) Score(IReadOnlyList<ScoredLine> scored, double alone, double withRules)
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
