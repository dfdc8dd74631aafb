namespace FandomBot.Trainer;

/// <summary>
/// Gradient-boosted decision trees with logistic loss (second-order leaf values, depth-wise growth), over sparse binary
/// columns (a split asks "is column c present") and a few continuous values (a split asks "value ≤ t", t from
/// quantile bins). No sampling and sums in id order: the same rows give the same trees, bit for bit. Written for
/// issue 14's experiment (<see cref="ModelExperiments"/>); the shipped model does not use it.
/// </summary>
/// <param name="fromFirstValue">Boost from the first value (a stacked linear logit) instead of from the base rate: the
/// trees then learn only what to add to the linear model's answer.</param>
internal sealed class BoostedTrees(int trees = 200, int depth = 4, double rate = 0.1, double lambda = 1.0, double minHessian = 2.0, int bins = 32, bool fromFirstValue = false)
{
    public Ensemble Train(IReadOnlyList<StackRow> rows, int columns)
    {
        // Sums run in id order, so the trees do not depend on the order the rows came in.
        rows = [.. rows.OrderBy(r => r.Id, StringComparer.Ordinal)];
        var n = rows.Count;
        var values = rows.Count == 0 ? 0 : rows[0].Values.Length;
        var cuts = new float[values][];
        for (var v = 0; v < values; v++)
        {
            var sorted = rows.Select(r => r.Values[v]).Order().ToArray();
            cuts[v] = Enumerable.Range(1, bins - 1).Select(b => sorted[(int)((long)b * (n - 1) / bins)]).Distinct().ToArray();
        }

        var binOf = new byte[n, Math.Max(1, values)];
        for (var i = 0; i < n; i++)
        {
            for (var v = 0; v < values; v++)
            {
                var at = Array.BinarySearch(cuts[v], rows[i].Values[v]);
                binOf[i, v] = (byte)(at >= 0 ? at : ~at);
            }
        }

        var positives = rows.Count(r => r.Remind);
        var baseScore = fromFirstValue ? 0 : Math.Log((positives + 1.0) / (n - positives + 1.0));
        var score = rows.Select(r => baseScore + (fromFirstValue ? r.Values[0] : 0)).ToArray();
        var grad = new double[n];
        var hess = new double[n];
        var ensemble = new Ensemble(baseScore, [], fromFirstValue);
        var node = new int[n];
        for (var t = 0; t < trees; t++)
        {
            for (var i = 0; i < n; i++)
            {
                var p = 1 / (1 + Math.Exp(-score[i]));
                grad[i] = p - (rows[i].Remind ? 1 : 0);
                hess[i] = Math.Max(p * (1 - p), 1e-12);
            }

            var tree = new Tree();
            tree.Nodes.Add(new TreeNode());
            Array.Clear(node);
            var open = new List<int> { 0 };
            for (var level = 0; level < depth && open.Count > 0; level++)
            {
                var slot = new Dictionary<int, int>();
                for (var k = 0; k < open.Count; k++)
                {
                    slot[open[k]] = k;
                }

                var g = new double[open.Count];
                var h = new double[open.Count];
                var gc = new double[open.Count * columns];
                var hc = new double[open.Count * columns];
                var gv = new double[open.Count * Math.Max(1, values) * bins];
                var hv = new double[open.Count * Math.Max(1, values) * bins];
                for (var i = 0; i < n; i++)
                {
                    if (!slot.TryGetValue(node[i], out var k))
                    {
                        continue;
                    }

                    g[k] += grad[i];
                    h[k] += hess[i];
                    foreach (var c in rows[i].Present)
                    {
                        gc[(k * columns) + c] += grad[i];
                        hc[(k * columns) + c] += hess[i];
                    }

                    for (var v = 0; v < values; v++)
                    {
                        gv[(((k * values) + v) * bins) + binOf[i, v]] += grad[i];
                        hv[(((k * values) + v) * bins) + binOf[i, v]] += hess[i];
                    }
                }

                var next = new List<int>();
                for (var k = 0; k < open.Count; k++)
                {
                    var parent = (g[k] * g[k]) / (h[k] + lambda);
                    var best = (Gain: 1e-9, Column: -1, Value: -1, Bin: -1);
                    for (var c = 0; c < columns; c++)
                    {
                        double gr = gc[(k * columns) + c], hr = hc[(k * columns) + c];
                        double gl = g[k] - gr, hl = h[k] - hr;
                        if (hr < minHessian || hl < minHessian)
                        {
                            continue;
                        }

                        var gain = (gl * gl / (hl + lambda)) + (gr * gr / (hr + lambda)) - parent;
                        if (gain > best.Gain)
                        {
                            best = (gain, c, -1, -1);
                        }
                    }

                    for (var v = 0; v < values; v++)
                    {
                        double gl = 0, hl = 0;
                        for (var b = 0; b < cuts[v].Length; b++)
                        {
                            gl += gv[(((k * values) + v) * bins) + b];
                            hl += hv[(((k * values) + v) * bins) + b];
                            double gr = g[k] - gl, hr = h[k] - hl;
                            if (hr < minHessian || hl < minHessian)
                            {
                                continue;
                            }

                            var gain = (gl * gl / (hl + lambda)) + (gr * gr / (hr + lambda)) - parent;
                            if (gain > best.Gain)
                            {
                                best = (gain, -1, v, b);
                            }
                        }
                    }

                    var id = open[k];
                    if (best.Column < 0 && best.Value < 0)
                    {
                        tree.Nodes[id] = new TreeNode { Leaf = -g[k] / (h[k] + lambda) * rate };
                        continue;
                    }

                    var left = tree.Nodes.Count;
                    tree.Nodes.Add(new TreeNode());
                    tree.Nodes.Add(new TreeNode());
                    tree.Nodes[id] = new TreeNode { Column = best.Column, Value = best.Value, Cut = best.Value >= 0 ? cuts[best.Value][best.Bin] : 0, Left = left, IsSplit = true };
                    next.Add(left);
                    next.Add(left + 1);
                }

                for (var i = 0; i < n; i++)
                {
                    var at = tree.Nodes[node[i]];
                    if (at.IsSplit && slot.ContainsKey(node[i]))
                    {
                        node[i] = at.Left + (GoesRight(at, rows[i]) ? 1 : 0);
                    }
                }

                open = next;
            }

            // Nodes still open at full depth become leaves.
            if (open.Count > 0)
            {
                var g = new double[tree.Nodes.Count];
                var h = new double[tree.Nodes.Count];
                for (var i = 0; i < n; i++)
                {
                    g[node[i]] += grad[i];
                    h[node[i]] += hess[i];
                }

                foreach (var id in open)
                {
                    tree.Nodes[id] = new TreeNode { Leaf = -g[id] / (h[id] + lambda) * rate };
                }
            }

            ensemble.Trees.Add(tree);
            for (var i = 0; i < n; i++)
            {
                score[i] += tree.Score(rows[i]);
            }
        }

        return ensemble;
    }

    private static bool GoesRight(TreeNode split, StackRow row) =>
        split.Column >= 0 ? Array.BinarySearch(row.Present, split.Column) >= 0 : row.Values[split.Value] > split.Cut;

    internal sealed class TreeNode
    {
        public bool IsSplit { get; init; }

        public int Column { get; init; } = -1;

        public int Value { get; init; } = -1;

        public float Cut { get; init; }

        public int Left { get; init; }

        public double Leaf { get; init; }
    }

    internal sealed class Tree
    {
        public List<TreeNode> Nodes { get; } = [];

        public double Score(StackRow row)
        {
            var at = Nodes[0];
            while (at.IsSplit)
            {
                at = Nodes[at.Left + (GoesRight(at, row) ? 1 : 0)];
            }

            return at.Leaf;
        }
    }

    internal sealed record Ensemble(double BaseScore, List<Tree> Trees, bool FromFirstValue)
    {
        public double Probability(StackRow row)
        {
            var z = BaseScore + (FromFirstValue ? row.Values[0] : 0);
            foreach (var tree in Trees)
            {
                z += tree.Score(row);
            }

            return 1 / (1 + Math.Exp(-z));
        }
    }
}
