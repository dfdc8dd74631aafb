namespace FandomBot.Trainer;

/// <summary>
/// Logistic regression over hashed features, trained with AdaGrad in a fixed order (examples sorted by id, then
/// shuffled each epoch by a seeded generator of our own), in doubles: the same corpus gives the same weights, bit for
/// bit, on every run, which lets a test check the shipped model against a fresh training.
/// </summary>
/// <remarks>14 epochs at rate 0.05 measured best of the settings tried (out-of-fold F1; bench/RESULTS.md).</remarks>
internal sealed class LogisticTrainer(int bits, int epochs = 14, double learningRate = 0.05, double l2 = 1e-6)
{
    public int Bits { get; } = bits;

    /// <summary>Trains on <paramref name="examples"/>; returns the weights and the bias.</summary>
    public (double[] Weights, double Bias) Train(IReadOnlyList<TrainingExample> examples)
    {
        var size = 1 << Bits;
        var weights = new double[size];
        var squares = new double[size];
        double bias = 0;
        double biasSquares = 0;
        var order = examples.OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
        var random = new SplitMix64(0x5EED);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            Shuffle(order, random);
            foreach (var example in order)
            {
                var z = bias;
                foreach (var f in example.Features)
                {
                    z += weights[f];
                }

                var gradient = Sigmoid(z) - (example.Remind ? 1 : 0);
                foreach (var f in example.Features)
                {
                    var g = gradient + (l2 * weights[f]);
                    squares[f] += g * g;
                    weights[f] -= learningRate * g / (Math.Sqrt(squares[f]) + 1e-8);
                }

                biasSquares += gradient * gradient;
                bias -= learningRate * gradient / (Math.Sqrt(biasSquares) + 1e-8);
            }
        }

        return (weights, bias);
    }

    public static double Probability(double[] weights, double bias, int[] features)
    {
        var z = bias;
        foreach (var f in features)
        {
            z += weights[f];
        }

        return Sigmoid(z);
    }

    private static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    private static void Shuffle(TrainingExample[] items, SplitMix64 random)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = (int)(random.Next() % (ulong)(i + 1));
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
