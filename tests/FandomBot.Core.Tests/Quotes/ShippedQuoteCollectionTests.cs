using FandomBot.Core.Quotes;
using Xunit;

namespace FandomBot.Core.Tests.Quotes;

/// <summary>The collection the bot ships: valid, big enough, sourced, and free of lines that are not real quotes.</summary>
public sealed class ShippedQuoteCollectionTests
{
    private static readonly IReadOnlyList<Quote> Quotes = QuoteCollectionParser.Parse(ShippedQuoteFile.Bytes(), ShippedQuoteFile.Path);

    [Fact]
    public void Is_valid_and_holds_at_least_twelve_quotes()
    {
        Assert.True(Quotes.Count >= 12, $"only {Quotes.Count} quotes");
    }

    [Fact]
    public void Covers_every_topic_the_issue_names()
    {
        foreach (var topic in new[] { QuoteTopics.Speculation, QuoteTopics.ComingOut, QuoteTopics.Labels, QuoteTopics.Stereotypes, QuoteTopics.Privacy, QuoteTopics.Support })
        {
            Assert.Contains(Quotes, quote => quote.HasTopic(topic));
        }
    }

    [Theory]
    // Seed 004 is an AI-rewritten aggregator: these are its paraphrases, not Kit Connor's words.
    [InlineData("rarely ponder")]
    [InlineData("a bit exposed")]
    [InlineData("good-natured individuals")]
    [InlineData("the show is growing on its own")]
    [InlineData("exhausted all there was to discuss")]
    public void Holds_no_line_known_only_from_the_paraphrasing_aggregator(string paraphrase)
    {
        Assert.DoesNotContain(Quotes, quote => quote.Text.Contains(paraphrase, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(Quotes, quote => quote.ReportedBy.Url.Host.Contains("minority-mindset", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Gives_every_quote_a_reporting_article_with_an_https_link()
    {
        Assert.All(Quotes, quote =>
        {
            Assert.False(string.IsNullOrWhiteSpace(quote.ReportedBy.Outlet));
            Assert.Equal(Uri.UriSchemeHttps, quote.ReportedBy.Url.Scheme);
        });
    }

    [Fact]
    public void Carries_alice_osemans_reply_about_speculation_with_its_sources()
    {
        var reply = Assert.Single(Quotes, quote => quote.Speaker == "Alice Oseman" && quote.Text.Contains("speculating about sexualities", StringComparison.Ordinal));

        Assert.Equal(QuoteDate.OnDay(2022, 10, 31), reply.SaidOn);
        Assert.True(reply.HasTopic(QuoteTopics.Speculation));
        Assert.StartsWith("Twitter", reply.SaidWhere, StringComparison.Ordinal);
        Assert.Contains("huffingtonpost.co.uk", reply.ReportedBy.Url.Host, StringComparison.Ordinal);
        Assert.Contains(reply.AlsoReportedBy, report => report.Url.Host == "variety.com");
        Assert.True(reply.Verified);
        Assert.False(reply.Fiction);
        Assert.Same(reply, Quotes[0]); // first in the file, so the default pick for the topic
    }

    [Fact]
    public void Keeps_censored_words_censored_and_says_so()
    {
        Assert.DoesNotContain(Quotes, quote => quote.Text.Contains("FUCK", StringComparison.OrdinalIgnoreCase));
        Assert.All(Quotes.Where(quote => quote.Text.Contains("F*CK", StringComparison.Ordinal)), quote =>
            Assert.Contains("FUCK", quote.Censored, StringComparison.Ordinal));
        Assert.Contains(Quotes, quote => quote.Censored is not null);
    }

    [Fact]
    public void Labels_the_comic_line_as_fiction_and_only_that()
    {
        var fiction = Assert.Single(Quotes, quote => quote.Fiction);

        Assert.Equal("Ms Singh", fiction.Speaker);
        Assert.Contains("very rude to speculate", fiction.Text, StringComparison.Ordinal);
        Assert.False(fiction.Verified);
    }

    [Fact]
    public void Marks_as_verified_only_tweets_whose_wording_was_seen_in_an_embed()
    {
        Assert.All(Quotes.Where(quote => quote.Verified), quote => Assert.StartsWith("Twitter", quote.SaidWhere, StringComparison.Ordinal));
        Assert.Contains(Quotes, quote => !quote.Verified);
    }

    [Fact]
    public void Links_kit_connors_tweet_to_its_status_page()
    {
        var tweet = Assert.Single(Quotes, quote => quote.Text.StartsWith("back for a minute. i’m bi.", StringComparison.Ordinal));

        Assert.Equal(new Uri("https://twitter.com/kit_connor/status/1587218539236188160"), tweet.OriginalUrl);
    }

    // A check of every quote against stored copies of its sources (the hardening issue) found these.
    [Fact]
    public void Cites_joe_lockes_boundaries_quote_from_an_outlet_that_carries_the_words()
    {
        var quote = Assert.Single(Quotes, quote => quote.Id == "joe-locke-teen-vogue-learn-boundaries");

        Assert.Equal("www.thepinknews.com", quote.ReportedBy.Url.Host);
        Assert.DoesNotContain(quote.AlsoReportedBy.Prepend(quote.ReportedBy), report => report.Url.Host.Contains("attitude", StringComparison.Ordinal));
    }

    [Fact]
    public void Gives_alice_osemans_attitude_quote_in_the_interviewers_wording()
    {
        var quote = Assert.Single(Quotes, quote => quote.Id == "alice-oseman-attitude-anti-heartstopper");

        Assert.Contains("How could you watch the show and then do that to him?", quote.Text, StringComparison.Ordinal);
        Assert.Contains("/2023/02/07/", quote.ReportedBy.Url.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_the_gq_reaction_video_to_its_release()
    {
        var fromTheVideo = Quotes.Where(quote => quote.SaidWhere.Contains("reaction video", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, fromTheVideo.Count);
        Assert.All(fromTheVideo, quote =>
        {
            Assert.Equal(QuoteDate.OnDay(2023, 2, 13), quote.SaidOn);
            Assert.DoesNotContain("possibly earlier", quote.SaidOnNote ?? string.Empty, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Holds_no_quote_known_only_through_a_later_report()
    {
        // TODAY's August 2023 report is the only known copy of a TVLine answer (about his character, not himself) and
        // of a New York Times line; neither original was seen, so neither is offered as Kit Connor's words.
        Assert.DoesNotContain(Quotes, quote => quote.Note?.Contains("Known only from", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(Quotes, quote => quote.Id is "kit-connor-tvline-owe-it-to-anyone" or "kit-connor-nyt-just-who-i-am");
    }

    [Fact]
    public void Does_not_date_the_comic_panel_by_its_repost()
    {
        var panel = Assert.Single(Quotes, quote => quote.Fiction);

        Assert.True(panel.SaidOn.IsLatest);
        Assert.Equal("by May 2022", panel.SaidOn.ToDisplayString());
    }

    [Fact]
    public void Does_not_cite_a_report_that_cut_a_clause_without_marking_it()
    {
        var quote = Assert.Single(Quotes, quote => quote.Id == "kit-connor-reign-pressuring-us-to-come-out");

        Assert.DoesNotContain(quote.AlsoReportedBy.Prepend(quote.ReportedBy), report => report.Url.Host.Contains("huffingtonpost", StringComparison.Ordinal));
    }
}
