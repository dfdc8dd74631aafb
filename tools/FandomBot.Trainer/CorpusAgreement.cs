using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FandomBot.Trainer;

/// <summary>
/// Double labelling: each corpus line was labelled by its writer and, blind, by a second labeller
/// (<c>corpus/second-labels/*.jsonl</c>: <c>{"id","label"}</c>). Lines the two disagree on are moved, whole, from
/// their slice file to <c>corpus/ambiguous.jsonl</c> (with the second label beside the first), so they are neither
/// trained on nor scored. Idempotent: a line already moved stays moved, and the agreement is counted over both.
/// Rewrites files line by line without reading the sealed lines' text into any report.
/// </summary>
internal static class CorpusAgreement
{
    public static int Run(string root, TextWriter log)
    {
        var corpus = Path.Combine(root, "corpus");
        var second = ReadSecondLabels(Path.Combine(corpus, "second-labels"));
        var ambiguousPath = Path.Combine(corpus, "ambiguous.jsonl");
        var ambiguous = File.Exists(ambiguousPath) ? File.ReadAllLines(ambiguousPath).Where(l => l.Trim().Length > 0).ToList() : [];
        var tally = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        foreach (var line in ambiguous)
        {
            var node = JsonNode.Parse(line)!;
            var slice = SliceOf(node);
            var t = tally.GetValueOrDefault(slice) ?? (tally[slice] = new Tally());
            Count(t, Label(node["label"]), Label(node["second_label"]));
        }

        foreach (var part in new[] { "train", "sealed" })
        {
            var folder = Path.Combine(corpus, part);
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var file in Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
            {
                var kept = new List<string>();
                var moved = 0;
                foreach (var line in File.ReadAllLines(file).Where(l => l.Trim().Length > 0))
                {
                    var node = JsonNode.Parse(line)!;
                    var id = node["id"]!.GetValue<string>();
                    var slice = SliceOf(node);
                    var t = tally.GetValueOrDefault(slice) ?? (tally[slice] = new Tally());
                    if (!second.TryGetValue(id, out var other))
                    {
                        t.Unlabelled++;
                        kept.Add(line);
                        continue;
                    }

                    var first = Label(node["label"]);
                    Count(t, first, other);
                    if (first == other)
                    {
                        kept.Add(line);
                    }
                    else
                    {
                        node["second_label"] = other ? "remind" : "ok";
                        ambiguous.Add(node.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
                        moved++;
                    }
                }

                if (moved > 0)
                {
                    File.WriteAllLines(file, kept);
                }
            }
        }

        File.WriteAllLines(ambiguousPath, ambiguous.Order(StringComparer.Ordinal));
        log.WriteLine("| slice | double-labelled | agree | agreement | Cohen's kappa | not yet second-labelled |");
        log.WriteLine("|---|---|---|---|---|---|");
        var all = new Tally();
        foreach (var (slice, t) in tally)
        {
            log.WriteLine(Row(slice, t));
            all.Add(t);
        }

        log.WriteLine(Row("all", all));
        return 0;
    }

    private static string Row(string name, Tally t) => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {t.Total} | {t.Agree} | {t.Agreement:F3} | {t.Kappa:F3} | {t.Unlabelled} |");

    private static void Count(Tally t, bool first, bool second)
    {
        t.Total++;
        t.Agree += first == second ? 1 : 0;
        t.FirstRemind += first ? 1 : 0;
        t.SecondRemind += second ? 1 : 0;
    }

    private static string SliceOf(JsonNode node)
    {
        var id = node["id"]!.GetValue<string>();
        var dash = id.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 ? id[..dash] : id;
    }

    private static bool Label(JsonNode? label) => label?.GetValue<string>() switch
    {
        "remind" => true,
        "ok" => false,
        var other => throw new InvalidDataException($"label must be remind or ok, not {other}"),
    };

    private static Dictionary<string, bool> ReadSecondLabels(string folder)
    {
        var labels = new Dictionary<string, bool>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return labels;
        }

        foreach (var file in Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadAllLines(file).Where(l => l.Trim().Length > 0))
            {
                var node = JsonNode.Parse(line)!;
                labels[node["id"]!.GetValue<string>()] = Label(node["label"]);
            }
        }

        return labels;
    }

    private sealed class Tally
    {
        public int Total { get; set; }

        public int Agree { get; set; }

        public int FirstRemind { get; set; }

        public int SecondRemind { get; set; }

        public int Unlabelled { get; set; }

        public double Agreement => Total == 0 ? 0 : (double)Agree / Total;

        /// <summary>Agreement corrected for chance (Cohen's kappa).</summary>
        public double Kappa
        {
            get
            {
                if (Total == 0)
                {
                    return 0;
                }

                var p1 = (double)FirstRemind / Total;
                var p2 = (double)SecondRemind / Total;
                var chance = (p1 * p2) + ((1 - p1) * (1 - p2));
                return chance >= 1 ? 1 : (Agreement - chance) / (1 - chance);
            }
        }

        public void Add(Tally other)
        {
            Total += other.Total;
            Agree += other.Agree;
            FirstRemind += other.FirstRemind;
            SecondRemind += other.SecondRemind;
            Unlabelled += other.Unlabelled;
        }
    }
}
