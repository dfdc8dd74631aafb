using FandomBot.Core.Quotes;
using FandomBot.Discord.Models;
using FandomBot.Features.Quotes;
using Xunit;

namespace FandomBot.Tests.Quotes;

public sealed class SourcesPagesTests
{
    [Fact]
    public void A_large_collection_is_cut_into_pages_within_discords_limits_and_keeps_every_quote()
    {
        var library = new QuoteLibrary(Enumerable.Range(1, 300).Select(Quote));

        var pages = SourcesPages.Pages(library, "en");

        Assert.True(pages.Count > 5);
        Assert.All(pages, page => Assert.InRange(page.Length, 1, SourcesPages.PageBudget));
        Assert.Equal(300, pages.Sum(page => page.Split('\n').Length));
        for (var index = 0; index < pages.Count; index++)
        {
            var message = SourcesPages.Message(library, index, "en");
            MessageLimits.Check(message);
            var buttons = Assert.Single(message.Components!).Components;
            Assert.Equal(index == 0, buttons[0].Disabled == true);
            Assert.Equal(index == pages.Count - 1, buttons[1].Disabled == true);
            Assert.NotEqual(buttons[0].CustomId, buttons[1].CustomId);
            Assert.Equal(Math.Min(index + 1, pages.Count - 1), SourcesPages.PageOf(buttons[1].CustomId!));
        }
    }

    [Theory]
    [InlineData("sources:page:3:n", 3)]
    [InlineData("sources:page:0:p", 0)]
    [InlineData("sources:page:12", 12)]
    [InlineData("sources:page:x", null)]
    [InlineData("rem:why:1", null)]
    public void Reads_the_page_a_button_leads_to(string customId, int? page) =>
        Assert.Equal(page, SourcesPages.PageOf(customId));

    [Fact]
    public void A_page_past_the_end_shows_the_last_page()
    {
        var library = new QuoteLibrary(Enumerable.Range(1, 300).Select(Quote));
        var pages = SourcesPages.Pages(library, "en");

        var message = SourcesPages.Message(library, 999, "en");

        Assert.Equal(pages[^1], message.Embeds![0].Description);
    }

    private static Quote Quote(int i) => new()
    {
        Id = $"quote-{i}",
        Speaker = $"Speaker Number {i}",
        Text = $"Words number {i}.",
        SaidOn = QuoteDate.OnDay(2022, 1 + (i % 12), 1 + (i % 28)),
        SaidWhere = "An interview with a rather long outlet name",
        OriginalUrl = new Uri($"https://original.example/interviews/{i}/a-fairly-long-slug-for-the-page"),
        ReportedBy = new QuoteReport("Outlet", $"A headline that runs on for a while, number {i}", new Uri($"https://news.example/articles/{i}/another-long-slug")),
        Topics = [QuoteTopics.Privacy],
        Verified = i % 2 == 0,
        Fiction = false,
    };
}
