using FandomBot.Core.DataFiles;
using FandomBot.Core.Quotes;
using Xunit;

namespace FandomBot.Core.Tests.Quotes;

public sealed class QuoteLibraryTests
{
    private static readonly QuoteLibrary Library = new(
    [
        Make("oseman-reply", "Alice Oseman", "I truly don’t understand how people can watch Heartstopper and then gleefully spend their time speculating about sexualities.", "speculation", "stereotypes"),
        Make("kit-bi", "Kit Connor", "back for a minute. i’m bi. congrats for forcing an 18 year old to out himself.", "coming-out", "speculation"),
        Make("kit-labels", "Kit Connor", "I’m not too big on labels and things like that.", "labels", "privacy"),
        Make("locke-privacy", "Joe Locke", "I think people are understanding that privacy is a non-negotiable.", "privacy"),
        Make("singh-rude", "Ms Singh", "Anyway, it's very rude to speculate about people's sexuality.", "speculation", "labels"),
        Make("renee-accent", "Renée Zoë", "Café talk about someone’s life is not harmless.", "privacy"),
    ]);

    [Fact]
    public void Finds_a_quote_by_id_ignoring_case_and_surrounding_spaces()
    {
        Assert.Equal("kit-bi", Library.FindById(" KIT-BI ")?.Id);
        Assert.Null(Library.FindById("no-such-quote"));
    }

    [Fact]
    public void Lists_the_quotes_on_a_topic_in_file_order()
    {
        Assert.Equal(["oseman-reply", "kit-bi", "singh-rude"], Library.ByTopic("speculation").Select(q => q.Id));
        Assert.Empty(Library.ByTopic("gossip"));
        Assert.Empty(Library.ByTopic("harassment"));
    }

    [Theory]
    [InlineData("coming-out")]
    [InlineData("Coming out")]
    [InlineData("COMING_OUT")]
    [InlineData("  coming   out ")]
    public void Understands_a_topic_however_it_is_written(string typed)
    {
        Assert.Equal("coming-out", QuoteLibrary.ResolveTopic(typed));
        Assert.Equal(["kit-bi"], Library.ByTopic(typed).Select(q => q.Id));
    }

    [Fact]
    public void Offers_only_topics_that_have_quotes_in_the_canonical_order()
    {
        Assert.Equal(["speculation", "coming-out", "labels", "stereotypes", "privacy"], Library.Topics);
    }

    [Theory]
    [InlineData("Alice Oseman")]
    [InlineData("oseman")]
    [InlineData("OSEMAN")]
    [InlineData("Ósemán")]
    [InlineData("ali")]
    public void Finds_a_speakers_quotes_by_any_part_of_the_name_ignoring_case_and_accents(string typed)
    {
        Assert.Equal(["oseman-reply"], Library.BySpeaker(typed).Select(q => q.Id));
    }

    [Fact]
    public void Finds_an_accented_speaker_typed_without_accents()
    {
        Assert.Equal(["renee-accent"], Library.BySpeaker("renee zoe").Select(q => q.Id));
    }

    [Fact]
    public void Returns_every_quote_of_a_speaker_with_several()
    {
        Assert.Equal(["kit-bi", "kit-labels"], Library.BySpeaker("kit").Select(q => q.Id));
        Assert.Empty(Library.BySpeaker("nobody"));
        Assert.Empty(Library.BySpeaker("   "));
    }

    [Fact]
    public void Lists_speakers_alphabetically_once_each()
    {
        Assert.Equal(["Alice Oseman", "Joe Locke", "Kit Connor", "Ms Singh", "Renée Zoë"], Library.Speakers);
    }

    [Fact]
    public void Picks_the_same_quote_for_the_same_seed()
    {
        for (ulong seed = 0; seed < 50; seed++)
        {
            Assert.Same(Library.PickRandom(seed), Library.PickRandom(seed));
        }
    }

    [Fact]
    public void Keeps_its_seeded_picks_stable_across_releases()
    {
        // Pinned values: a change here means /quote answers differently for the same message after an upgrade.
        // SplitMix64 of seed 0 is 0xE220A8397B1DCDAF, the published first value of that generator.
        Assert.Equal("kit-bi", Library.PickRandom(0)?.Id);
        Assert.Equal("kit-bi", Library.PickRandom(42)?.Id);
        Assert.Equal("singh-rude", Library.PickRandom(1_234_567_890_123_456_789UL)?.Id);
    }

    [Fact]
    public void Spreads_seeded_picks_over_the_whole_collection()
    {
        var picked = Enumerable.Range(0, 200).Select(seed => Library.PickRandom((ulong)seed)!.Id).ToHashSet();

        Assert.Equal(Library.All.Count, picked.Count);
    }

    [Fact]
    public void Picks_within_a_topic_when_asked()
    {
        for (ulong seed = 0; seed < 100; seed++)
        {
            Assert.True(Library.PickRandom(seed, "privacy")!.HasTopic("privacy"));
        }

        Assert.Null(Library.PickRandom(1, "harassment"));
    }

    [Fact]
    public void Picks_among_the_quotes_on_any_of_several_topics()
    {
        var picked = Enumerable.Range(0, 200).Select(seed => Library.PickRandomOnAny((ulong)seed, ["Coming out", "labels"])!.Id).ToHashSet();

        Assert.Equal(["kit-bi", "kit-labels", "singh-rude"], picked.Order(StringComparer.Ordinal));
        Assert.Equal(Library.PickRandomOnAny(7, ["labels", "coming-out"]), Library.PickRandomOnAny(7, ["coming-out", "labels"]));
        Assert.Null(Library.PickRandomOnAny(1, ["harassment", "gossip"]));
    }

    [Theory]
    [InlineData("oseman")]
    [InlineData("OSEMAN")]
    [InlineData("Ósemán")]
    public void Suggests_speakers_ignoring_case_and_accents(string typed)
    {
        Assert.Equal(["Alice Oseman"], Library.SuggestSpeakers(typed));
    }

    [Fact]
    public void Suggests_speakers_whose_name_starts_with_the_text_first()
    {
        var library = new QuoteLibrary([Make("a", "Max Gao", "x", "support"), Make("b", "Ms Gaon", "y", "support"), Make("c", "Gabriel", "z", "support")]);

        Assert.Equal(["Gabriel", "Max Gao", "Ms Gaon"], library.SuggestSpeakers("ga"));
    }

    [Fact]
    public void Suggests_topics_by_prefix()
    {
        Assert.Equal(["speculation", "stereotypes"], Library.SuggestTopics("s"));
        Assert.Equal(["coming-out"], Library.SuggestTopics("out"));
        Assert.Equal(Library.Topics, Library.SuggestTopics(string.Empty));
    }

    [Theory]
    [InlineData("dont understand")]
    [InlineData("DON’T UNDERSTAND")]
    [InlineData("gleeful specul")]
    public void Searches_quote_text_by_word_starts_ignoring_case_and_apostrophes(string typed)
    {
        Assert.Equal(["oseman-reply"], Library.SearchText(typed).Select(q => q.Id));
    }

    [Fact]
    public void Searches_accented_text_without_accents_and_the_other_way_round()
    {
        Assert.Equal(["renee-accent"], Library.SearchText("cafe").Select(q => q.Id));
        Assert.Equal(["locke-privacy"], Library.SearchText("prívácy").Select(q => q.Id));
    }

    [Fact]
    public void Matches_hyphenated_words_as_separate_words()
    {
        Assert.Equal(["locke-privacy"], Library.SearchText("non negotiable").Select(q => q.Id));
    }

    [Fact]
    public void Combines_speakers_topics_and_texts_in_one_autocomplete_list()
    {
        var suggestions = Library.Search("spec");

        Assert.Equal(QuoteSuggestionKind.Topic, suggestions[0].Kind);
        Assert.Equal("speculation", suggestions[0].Value);
        Assert.Equal(["oseman-reply", "singh-rude"], suggestions.Where(s => s.Kind == QuoteSuggestionKind.Quote).Select(s => s.Value));
        Assert.All(suggestions, s => Assert.True(s.Label.Length <= 100));
    }

    [Fact]
    public void Puts_speakers_before_quotes_in_the_combined_list()
    {
        var suggestions = Library.Search("kit");

        Assert.Equal(new QuoteSuggestion(QuoteSuggestionKind.Speaker, "Kit Connor", "Kit Connor"), suggestions[0]);
    }

    [Fact]
    public void Never_returns_more_than_asked_or_more_than_discord_allows()
    {
        var many = new QuoteLibrary(Enumerable.Range(0, 60).Select(i => Make($"q-{i}", $"Speaker {i}", $"privacy matters {i}", "privacy")));

        Assert.Equal(3, many.SearchText("privacy", 3).Count);
        Assert.Equal(QuoteLibrary.MaxResults, many.SearchText("privacy", 1000).Count);
        Assert.Equal(QuoteLibrary.MaxResults, many.SuggestSpeakers(string.Empty).Count);
        Assert.Equal(QuoteLibrary.MaxResults, many.Search("s", 100).Count);
        Assert.Equal(5, many.Search("s", 5).Count);
        Assert.Empty(many.Search("s", 0));
    }

    [Fact]
    public void Shortens_long_quote_labels_to_discords_limit()
    {
        var library = new QuoteLibrary([Make("long", "Kit Connor", string.Join(' ', Enumerable.Repeat("privacy", 40)), "privacy")]);

        var label = Assert.Single(library.Search("privacy"), s => s.Kind == QuoteSuggestionKind.Quote).Label;

        Assert.Equal(100, label.Length);
        Assert.EndsWith("…", label, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_duplicate_ids_and_an_empty_collection()
    {
        Assert.Throws<ArgumentException>(() => new QuoteLibrary([Make("a", "A", "x", "privacy"), Make("a", "B", "y", "privacy")]));
        Assert.Throws<ArgumentException>(() => new QuoteLibrary([]));
    }

    [Fact]
    public void Parses_a_file_into_a_library_or_reports_the_file_error()
    {
        var library = QuoteLibrary.Parse(QuoteRecords.File(QuoteRecords.Valid()), QuoteRecords.FileName);
        Assert.Single(library.All);

        var error = Assert.Throws<DataFileException>(() => QuoteLibrary.Parse(QuoteRecords.Text("[1,"), QuoteRecords.FileName));
        Assert.Equal(QuoteRecords.FileName, error.FileName);
    }

    private static Quote Make(string id, string speaker, string text, params string[] topics) => new()
    {
        Id = id,
        Speaker = speaker,
        Text = text,
        SaidOn = QuoteDate.OnDay(2022, 10, 31),
        SaidWhere = "Twitter",
        ReportedBy = new QuoteReport("HuffPost UK", null, new Uri("https://www.huffingtonpost.co.uk/entry/x")),
        Topics = topics,
        Verified = true,
        Fiction = false,
    };
}
