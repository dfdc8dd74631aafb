using FandomBot.Core.Text;
using Xunit;

namespace FandomBot.Core.Tests.Text;

public sealed class TextTokenizerTests
{
    [Theory]
    [InlineData("GAY", "gay")]
    [InlineData("ｇａｙ", "gay")]
    [InlineData("𝐠𝐚𝐲", "gay")]
    [InlineData("ɢᴀʏ", "gay")]
    [InlineData("g\u200Bay", "gay")]
    [InlineData("g\u00ADa\u200Dy", "gay")]
    [InlineData("ga\u0301y", "gay")]
    [InlineData("gаy", "gay")]
    [InlineData("lеsbіаn", "lesbian")]
    [InlineData("gαy", "gay")]
    [InlineData("g4y", "gay")]
    [InlineData("l3sbian", "lesbian")]
    [InlineData("h0m0", "homo")]
    [InlineData("gaaaaay", "gay")]
    [InlineData("g a y", "gay")]
    [InlineData("g.a.y", "gay")]
    [InlineData("g-a-y", "gay")]
    [InlineData("g 4 y", "gay")]
    [InlineData("lésbica", "lesbica")]
    [InlineData("Schwul", "schwul")]
    [InlineData("🅶🅰🆈", "gay")]
    [InlineData("🅖🅐🅨", "gay")]
    [InlineData("🇬🇦🇾", "gay")]
    [InlineData("🇬 🇦 🇾", "gay")]
    [InlineData("🇱🇬🇧🇹", "lgbt")]
    public void Undoes_evasive_spelling(string input, string expected)
    {
        var words = TextTokenizer.Words(input);

        Assert.Equal([expected], words);
    }

    [Theory]
    [InlineData("100% sure", new[] { "100", "sure" })]
    [InlineData("s3 ep1", new[] { "s3", "ep1" })]
    [InlineData("kit's", new[] { "kit", "s" })]
    [InlineData("he’ll", new[] { "he", "l" })]
    [InlineData("that's a lesbian", new[] { "that", "s", "a", "lesbian" })]
    [InlineData("o tobie é g a y", new[] { "o", "tobie", "e", "gay" })]
    [InlineData("@kitconnor", new[] { "kitconor" })]
    [InlineData("vamos 🇧🇷 🇩🇪", new[] { "vamos" })]
    [InlineData("vamos 🇧🇷🇵🇹🇪🇺", new[] { "vamos" })]
    public void Keeps_ordinary_words_apart(string input, string[] expected)
    {
        Assert.Equal(expected, TextTokenizer.Words(input));
    }

    [Fact]
    public void Recognises_discord_mentions_with_their_ids()
    {
        var text = new TokenizedText();

        TextTokenizer.Tokenize("hey <@123> and <@!456>, not <@&789>", text);

        var mentions = text.Tokens.ToArray().Where(t => t.IsMention).Select(t => t.MentionId).ToArray();
        Assert.Equal([123UL, 456UL], mentions);
    }

    [Fact]
    public void Maps_each_word_back_to_the_original_text()
    {
        const string source = "Joe is G4Y!!";
        var text = new TokenizedText();

        TextTokenizer.Tokenize(source, text);

        var last = text[text.Count - 1];
        Assert.Equal("G4Y", source[last.SourceStart..last.SourceEnd]);
        Assert.True((last.Traits & TokenTraits.Disguised) != 0);
    }

    [Fact]
    public void Marks_sentence_ends_and_questions()
    {
        var text = new TokenizedText();

        TextTokenizer.Tokenize("is he? yes. ok, fine?", text);

        Assert.Equal(TokenBreak.Question, text[2].BreakBefore);
        Assert.Equal(TokenBreak.Hard, text[3].BreakBefore);
        Assert.Equal(TokenBreak.Soft, text[4].BreakBefore);
        Assert.Equal(TokenBreak.Question, text.TrailingBreak);
    }
}
