namespace FandomBot.Trainer;

/// <summary>
/// A one-hidden-layer network (leaky ReLU) over sparse binary columns and a few continuous values, with a direct path from
/// the values to the output (so a stacked linear logit passes through unchanged when the hidden units add nothing).
/// AdaGrad, examples by id then shuffled each epoch by a seeded generator, weights seeded the same way: the same rows
/// give the same network, bit for bit. Written for issue 14's experiment (<see cref="ModelExperiments"/>); the
/// shipped model does not use it.
/// </summary>
internal sealed class TinyMlp(int hidden = 16, int epochs = 8, double rate = 0.05, double l2 = 1e-6, ulong seed = 0x5EED)
{
    // Leaky: a plain ReLU unit pushed below zero by AdaGrad's large first steps never learns again.
    private const double Leak = 0.01;

    public Func<StackRow, double> Train(IReadOnlyList<StackRow> rows, int columns)
    {
        var values = rows.Count == 0 ? 0 : rows[0].Values.Length;
        var random = new SplitMix64(seed);
        double Init() => (random.NextDouble() - 0.5) * 0.2;
        var w1 = new double[columns * hidden];
        for (var i = 0; i < w1.Length; i++)
        {
            w1[i] = Init();
        }

        var v1 = new double[values * hidden];
        for (var i = 0; i < v1.Length; i++)
        {
            v1[i] = Init();
        }

        var b1 = new double[hidden];
        var w2 = new double[hidden];
        for (var i = 0; i < hidden; i++)
        {
            w2[i] = Init();
        }

        var direct = new double[values];
        double b2 = 0;
        var sw1 = new double[w1.Length];
        var sv1 = new double[v1.Length];
        var sb1 = new double[hidden];
        var sw2 = new double[hidden];
        var sdirect = new double[values];
        double sb2 = 0;
        var a = new double[hidden];

        double Forward(StackRow row)
        {
            for (var h = 0; h < hidden; h++)
            {
                a[h] = b1[h];
            }

            foreach (var c in row.Present)
            {
                for (var h = 0; h < hidden; h++)
                {
                    a[h] += w1[(c * hidden) + h];
                }
            }

            for (var v = 0; v < values; v++)
            {
                for (var h = 0; h < hidden; h++)
                {
                    a[h] += v1[(v * hidden) + h] * row.Values[v];
                }
            }

            var z = b2;
            for (var h = 0; h < hidden; h++)
            {
                z += w2[h] * Activation(a[h]);
            }

            for (var v = 0; v < values; v++)
            {
                z += direct[v] * row.Values[v];
            }

            return z;
        }

        void Step(double[] weights, double[] squares, int i, double g)
        {
            g += l2 * weights[i];
            squares[i] += g * g;
            weights[i] -= rate * g / (Math.Sqrt(squares[i]) + 1e-8);
        }

        var order = rows.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            for (var i = order.Length - 1; i > 0; i--)
            {
                var j = (int)(random.Next() % (ulong)(i + 1));
                (order[i], order[j]) = (order[j], order[i]);
            }

            foreach (var row in order)
            {
                var z = Forward(row);
                var g = (1 / (1 + Math.Exp(-z))) - (row.Remind ? 1 : 0);
                for (var h = 0; h < hidden; h++)
                {
                    var gh = g * w2[h] * (a[h] > 0 ? 1 : Leak);
                    Step(w2, sw2, h, g * Activation(a[h]));
                    Step(b1, sb1, h, gh);
                    foreach (var c in row.Present)
                    {
                        Step(w1, sw1, (c * hidden) + h, gh);
                    }

                    for (var v = 0; v < values; v++)
                    {
                        Step(v1, sv1, (v * hidden) + h, gh * row.Values[v]);
                    }
                }

                for (var v = 0; v < values; v++)
                {
                    Step(direct, sdirect, v, g * row.Values[v]);
                }

                sb2 += g * g;
                b2 -= rate * g / (Math.Sqrt(sb2) + 1e-8);
            }
        }

        return row => 1 / (1 + Math.Exp(-Forward(row)));
    }

    private static double Activation(double a) => a > 0 ? a : Leak * a;
}
