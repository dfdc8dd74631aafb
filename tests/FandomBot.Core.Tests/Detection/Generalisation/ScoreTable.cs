using System.Globalization;
using System.Text;

namespace FandomBot.Core.Tests.Detection.Generalisation;

/// <summary>
/// Precision, recall and wrong reminders (false positives) of several engines over slices of a labelled set, as a
/// Markdown table. In a slice of "ok" lines only the wrong reminders mean anything.
/// </summary>
internal sealed class ScoreTable
{
    private readonly IReadOnlyList<LabelledLine> _lines;
    private readonly IReadOnlyList<(string Name, bool[] Predictions)> _engines;

    public ScoreTable(IReadOnlyList<LabelledLine> lines, IReadOnlyList<(string Name, Func<LabelledLine, bool> Predict)> engines)
    {
        _lines = lines;
        _engines = [.. engines.Select(e => (e.Name, lines.Select(e.Predict).ToArray()))];
    }

    /// <summary>The counts of one engine over the lines a slice selects.</summary>
    public ConfusionCounts Counts(string engine, Func<LabelledLine, bool> slice)
    {
        var predictions = _engines.Single(e => e.Name == engine).Predictions;
        var counts = new ConfusionCounts();
        for (var i = 0; i < _lines.Count; i++)
        {
            if (slice(_lines[i]))
            {
                counts.Add(_lines[i].IsRemind, predictions[i]);
            }
        }

        return counts;
    }

    public string ToMarkdown(IReadOnlyList<(string Name, Func<LabelledLine, bool> Slice)> slices)
    {
        var sb = new StringBuilder();
        sb.Append("| slice | lines | remind |");
        foreach (var (name, _) in _engines)
        {
            sb.Append(CultureInfo.InvariantCulture, $" {name} P | {name} R | {name} wrong |");
        }

        sb.AppendLine().Append("|---|---|---|");
        foreach (var _ in _engines)
        {
            sb.Append("---|---|---|");
        }

        sb.AppendLine();
        foreach (var (sliceName, slice) in slices)
        {
            var lines = _lines.Where(slice).ToList();
            sb.Append(CultureInfo.InvariantCulture, $"| {sliceName} | {lines.Count} | {lines.Count(l => l.IsRemind)} |");
            foreach (var (name, _) in _engines)
            {
                var c = Counts(name, slice);
                sb.Append(CultureInfo.InvariantCulture, $" {c.Precision:F3} | {c.Recall:F3} | {c.FalsePositives} |");
            }

            sb.AppendLine();
        }

        return sb.ToString();
    }
}
