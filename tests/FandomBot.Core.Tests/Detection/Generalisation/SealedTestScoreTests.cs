using Xunit;
using FandomBot.Core.Detection;
using FandomBot.Core.Detection.Lexicon;
using FandomBot.Core.People;
using FandomBot.Core.Text;

namespace FandomBot.Core.Tests.Detection.Generalisation;

/// <summary>
/// The sealed test part of the corpus, scored and never read: written by helpers who had not seen the detector's
/// rules, left out of training, and looked at only through this table. Once the detector has been tuned on a table's
/// figures, that part is spent and a new one is written (corpus/README.md).
/// </summary>
public sealed class SealedTestScoreTests(ITestOutputHelper output)
{
    // Floors a little under the figures measured when this part (s15-s18) was first scored with the shipped model,
    // 5 Dec 2026 (fourth session): precision 0.942, recall 0.839 over all four parts (s15+s16 0.948 / 0.858, s17+s18
    // 0.937 / 0.820; corpus/README.md has the whole tables). A change that makes the detector generalise worse fails
    // here; issue 14's targets (0.97 / 0.92) are not met, and these floors do not pretend otherwise.
    private const double MinPrecision = 0.92;
    private const double MinRecall = 0.82;

    [Fact]
    public void The_detector_generalises_to_the_sealed_part_better_than_the_rules_alone_and_the_keyword_rules()
    {
        var lines = GeneralisationCorpus.Sealed;
        Assert.True(lines.Count >= 1000, $"{lines.Count} sealed lines, want at least 1,000");
        var rulesOnly = new SpeculationDetector(ShippedData.Detector.Directory, model: null);
        var keyword = new KeywordBaseline(ShippedData.Packs);
        var table = new ScoreTable(lines,
        [
            ("model", l => ShippedData.Detector.Evaluate(l.Text, 0, l.ContextOrEmpty).Remind),
            ("rules", l => rulesOnly.Evaluate(l.Text, 0, l.ContextOrEmpty).Remind),
            ("keyword", l => keyword.Fires(l.Text)),
            ("any word", l => HasOrientationWord(l.Text)),
        ]);

        output.WriteLine(table.ToMarkdown(Slices(lines)));
        var model = table.Counts("model", _ => true);
        var rules = table.Counts("rules", _ => true);
        Assert.True(model.Precision >= MinPrecision, $"precision {model.Precision:F3} < {MinPrecision}");
        Assert.True(model.Recall >= MinRecall, $"recall {model.Recall:F3} < {MinRecall}");
        Assert.True(F1(model) > F1(rules), $"F1 {F1(model):F3} with the model, {F1(rules):F3} with the rules alone");
        Assert.True(F1(model) > F1(table.Counts("keyword", _ => true)), "the model should beat the keyword rule");
        Assert.True(F1(model) > F1(table.Counts("any word", _ => true)), "the model should beat flagging any orientation word");
    }

    internal static IReadOnlyList<(string Name, Func<LabelledLine, bool> Slice)> Slices(IReadOnlyList<LabelledLine> lines)
    {
        List<(string, Func<LabelledLine, bool>)> slices =
        [
            ("all", _ => true),
            ("real person in no pack", GeneralisationCorpus.IsAboutRealPersonInNoPack),
            ("real person in a pack", GeneralisationCorpus.IsAboutRealPersonInPack),
            ("context decides (has context)", l => l.ContextOrEmpty.Count > 0),
        ];
        slices.AddRange(lines.Select(l => l.Lang).Distinct().Order(StringComparer.Ordinal).Select(lang => ($"lang {lang}", (Func<LabelledLine, bool>)(l => l.Lang == lang))));
        slices.AddRange(lines.Select(l => l.Category).Distinct().Order(StringComparer.Ordinal).Select(c => ($"category {c}", (Func<LabelledLine, bool>)(l => l.Category == c))));
        return slices;
    }

    private static double F1(ConfusionCounts c) => c.Precision + c.Recall == 0 ? 0 : 2 * c.Precision * c.Recall / (c.Precision + c.Recall);

    private static readonly HashSet<string> OrientationWords = [.. DetectionLexicon.Default.Entries
        .Where(e => e.Role == LexiconRole.Term && e.Words.Length == 1).Select(e => e.Words[0])];

    /// <summary>The second outside baseline: flag any message holding an orientation or identity word.</summary>
    private static bool HasOrientationWord(string text)
    {
        var words = TextTokenizer.Words(text);
        return words.Any(OrientationWords.Contains);
    }
}
