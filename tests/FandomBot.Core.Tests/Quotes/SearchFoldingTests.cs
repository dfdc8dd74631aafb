using FandomBot.Core.Quotes;
using Xunit;

namespace FandomBot.Core.Tests.Quotes;

public sealed class SearchFoldingTests
{
    [Theory]
    [InlineData("Ósemán", "oseman")]
    [InlineData("OSEMAN", "oseman")]
    [InlineData("don’t", "dont")]
    [InlineData("don't", "dont")]
    [InlineData("18-year-old", "18 year old")]
    [InlineData("  Kit   Connor! ", "kit connor")]
    [InlineData("Straße", "strasse")]
    [InlineData("Søren Łódź", "soren lodz")]
    [InlineData("ﬁnal", "final")]
    [InlineData("Kit you are amazing 💖", "kit you are amazing")]
    public void Folds_case_accents_and_punctuation(string text, string folded)
    {
        Assert.Equal(folded, SearchFolding.Fold(text));
    }

    [Fact]
    public void Matches_when_every_typed_word_starts_some_word()
    {
        string[] words = ["alice", "oseman"];

        Assert.True(SearchFolding.MatchesAllPrefixes(words, ["ose"]));
        Assert.True(SearchFolding.MatchesAllPrefixes(words, ["ose", "al"]));
        Assert.True(SearchFolding.MatchesAllPrefixes(words, []));
        Assert.False(SearchFolding.MatchesAllPrefixes(words, ["seman"]));
        Assert.False(SearchFolding.MatchesAllPrefixes(words, ["ose", "kit"]));
    }
}
