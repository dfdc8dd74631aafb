using Xunit;
namespace FandomBot.Core.Tests.Detection.Generalisation;

/// <summary>The corpus is what issue 14 asks of it: big, multilingual, mostly about people no pack lists, with context.</summary>
public sealed class CorpusShapeTests
{
    private static readonly string[] RemindCategories = ["direct-guess", "stereotype", "closet-talk", "pressing", "rps-as-real",
        "override-self-id", "through-role", "hedged-sarcastic-quoted", "pronoun-context", "innuendo", "queerbaiting", "disguised"];

    private static readonly string[] OkCategories = ["fiction", "self", "reporting-self-id", "condemning", "meta-bot", "no-one",
        "ordinary", "other-sense", "public-relationship"];

    private static IReadOnlyList<LabelledLine> All => [.. GeneralisationCorpus.Training, .. GeneralisationCorpus.Sealed, .. GeneralisationCorpus.Ambiguous];

    [Fact]
    public void Has_at_least_4000_lines_and_a_sealed_part_of_at_least_1000()
    {
        Assert.True(All.Count >= 4000, $"{All.Count} lines");
        Assert.True(GeneralisationCorpus.Sealed.Count >= 1000, $"{GeneralisationCorpus.Sealed.Count} sealed lines");
        Assert.Equal(All.Count, All.Select(l => l.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Is_mostly_about_people_in_no_pack_in_five_languages_with_context_and_minimal_pairs()
    {
        var all = All;
        Assert.True(Share(all, GeneralisationCorpus.IsAboutRealPersonInNoPack) >= 0.40, $"{Share(all, GeneralisationCorpus.IsAboutRealPersonInNoPack):P1} about real people in no pack");
        Assert.True(Share(all, l => l.Lang is "es" or "pt" or "fr" or "de") >= 0.35, $"{Share(all, l => l.Lang != "en"):P1} in es/pt/fr/de");
        Assert.True(Share(all, l => l.ContextOrEmpty.Count > 0) >= 0.20, $"{Share(all, l => l.ContextOrEmpty.Count > 0):P1} with context");
        var pairs = all.Where(l => l.Pair is not null).GroupBy(l => l.Pair).Count(g => g.Any(l => l.IsRemind) && g.Any(l => !l.IsRemind));
        Assert.True(pairs >= 200, $"{pairs} minimal pairs");
        Assert.All(new[] { "en", "es", "pt", "fr", "de" }, lang => Assert.Contains(all, l => l.Lang == lang));
    }

    [Fact]
    public void Every_row_of_both_tables_of_the_guide_is_in_both_parts()
    {
        foreach (var part in new[] { GeneralisationCorpus.Training, GeneralisationCorpus.Sealed })
        {
            Assert.All(RemindCategories, c => Assert.Contains(part, l => l.Category == c && l.IsRemind));
            Assert.All(OkCategories, c => Assert.Contains(part, l => l.Category == c && !l.IsRemind));
        }
    }

    [Fact]
    public void The_ambiguous_lines_are_in_neither_part()
    {
        var ambiguous = GeneralisationCorpus.Ambiguous.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(GeneralisationCorpus.Training, l => ambiguous.Contains(l.Id));
        Assert.DoesNotContain(GeneralisationCorpus.Sealed, l => ambiguous.Contains(l.Id));
    }

    private static double Share(IReadOnlyList<LabelledLine> lines, Func<LabelledLine, bool> predicate) =>
        (double)lines.Count(predicate) / lines.Count;
}
