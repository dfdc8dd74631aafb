using FandomBot.Core.Quotes;
using Xunit;

namespace FandomBot.Core.Tests.Quotes;

public sealed class QuoteDateTests
{
    [Theory]
    [InlineData("2022-10-31", 2022, 10, 31, "31 Oct 2022")]
    [InlineData("2022-05", 2022, 5, null, "May 2022")]
    [InlineData("2024-02-29", 2024, 2, 29, "29 Feb 2024")]
    public void Parses_and_writes_a_day_or_a_month(string text, int year, int month, int? day, string display)
    {
        Assert.True(QuoteDate.TryParse(text, out var date));

        Assert.Equal((year, month, day), (date.Year, date.Month, date.Day));
        Assert.Equal(text, date.ToString());
        Assert.Equal(display, date.ToDisplayString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2023-02-29")]
    [InlineData("2022-00")]
    [InlineData("2022-5")]
    [InlineData("22-05-01")]
    [InlineData(" 2022-05")]
    public void Refuses_anything_else(string? text)
    {
        Assert.False(QuoteDate.TryParse(text, out _));
    }

    [Theory]
    [InlineData("by 2022-05", "May 2022")]
    [InlineData("by 2022-10-31", "31 Oct 2022")]
    public void Reads_a_date_the_words_existed_by(string text, string exact)
    {
        Assert.True(QuoteDate.TryParse(text, out var date));

        Assert.True(date.IsLatest);
        Assert.Equal("by " + exact, date.ToDisplayString());
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("by by 2022-05")]
    [InlineData("by ")]
    [InlineData("By 2022-05")]
    [InlineData("by 2022-13")]
    public void Refuses_a_malformed_by_date(string text)
    {
        Assert.False(QuoteDate.TryParse(text, out _));
    }

    [Fact]
    public void Orders_a_month_before_its_days()
    {
        Assert.True(QuoteDate.InMonth(2022, 10) < QuoteDate.OnDay(2022, 10, 1));
        Assert.True(QuoteDate.OnDay(2022, 10, 31) < QuoteDate.InMonth(2022, 11));
        Assert.True(QuoteDate.OnDay(2023, 1, 1) > QuoteDate.OnDay(2022, 12, 31));
    }

    [Fact]
    public void Refuses_to_build_an_impossible_date()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => QuoteDate.OnDay(2022, 2, 30));
        Assert.Throws<ArgumentOutOfRangeException>(() => QuoteDate.InMonth(2022, 13));
    }
}
