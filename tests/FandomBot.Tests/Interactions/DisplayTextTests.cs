using FandomBot.Interactions;
using Xunit;

namespace FandomBot.Tests.Interactions;

public sealed class DisplayTextTests
{
    [Theory]
    [InlineData("Plain Name", "Plain Name")]
    [InlineData("*bold* _it_ ~~strike~~ `code` ||spoiler||", "\\*bold\\* \\_it\\_ \\~\\~strike\\~\\~ \\`code\\` \\|\\|spoiler\\|\\|")]
    [InlineData("> quote # heading", "\\> quote \\# heading")]
    [InlineData("@everyone @here", "@\u200Beveryone @\u200Bhere")]
    [InlineData("<@123> <@&456> <#789>", "\\<@\u200B123\\> \\<@\u200B&456\\> \\<\\#789\\>")]
    [InlineData("[link](https://x.example)", "\\[link\\](https://x.example)")]
    [InlineData("back\\slash", "back\\\\slash")]
    [InlineData("two\nlines", "two lines")]
    [InlineData("José Müller-Lüdenscheidt", "José Müller-Lüdenscheidt")]
    public void Escapes_markdown_and_breaks_every_mention(string typed, string shown) =>
        Assert.Equal(shown, DisplayText.Escape(typed));

    [Fact]
    public void A_link_keeps_its_label_escaped_and_its_address_intact()
    {
        var link = DisplayText.Link("Vogue *UK*", new Uri("https://example.com/a_(b)"));

        Assert.Equal("[Vogue \\*UK\\*](https://example.com/a_%28b%29)", link);
    }
}
