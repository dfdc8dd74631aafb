using FandomBot.Cli;
using Xunit;

namespace FandomBot.Tests.Quotes;

/// <summary><c>fandombot quote</c>, run in process against the shipped collection or a temporary file.</summary>
public sealed class QuoteCommandTests
{
    private const string HuffPostUrl = "https://www.huffingtonpost.co.uk/entry/kit-connor-heartstopper-outed-bisexual_uk_6360dfabe4b046b39ca160d9";

    [Fact]
    public async Task Prints_alice_osemans_reply_with_its_source_links_for_the_speculation_topic()
    {
        var run = await CommandRun.InvokeAsync("quote", "--topic", "speculation");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.StartsWith("“I truly don’t understand how people can watch Heartstopper", run.Output, StringComparison.Ordinal);
        Assert.Contains("— Alice Oseman", run.Output, StringComparison.Ordinal);
        Assert.Contains("Said: 31 Oct 2022, Twitter", run.Output, StringComparison.Ordinal);
        Assert.Contains($"Reported by: HuffPost UK (headline not recorded) {HuffPostUrl}", run.Output, StringComparison.Ordinal);
        Assert.Contains("Also reported by: Variety (headline not recorded) https://variety.com/", run.Output, StringComparison.Ordinal);
        Assert.Contains("Censored: “F*CK” stands for “FUCK”", run.Output, StringComparison.Ordinal);
        Assert.Contains("Original: link not known", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("(wording seen only in reports)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prints_the_same_quote_every_time_for_the_same_request()
    {
        var first = await CommandRun.InvokeAsync("quote", "--topic", "privacy");
        var second = await CommandRun.InvokeAsync("quote", "--topic", "privacy");

        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public async Task Prints_the_original_link_and_a_headline_when_they_are_known()
    {
        var run = await CommandRun.InvokeAsync("quote", "--id", "kit-connor-tweet-im-bi");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Original: https://twitter.com/kit_connor/status/1587218539236188160", run.Output, StringComparison.Ordinal);
        Assert.Contains("Also reported by: TODAY, “‘Heartstopper’ star Kit Connor didn’t get to come out", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Labels_a_fictional_characters_line_as_fiction()
    {
        var run = await CommandRun.InvokeAsync("quote", "--speaker", "Ms Singh");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("— Ms Singh (fiction)", run.Output, StringComparison.Ordinal);
        Assert.Contains("(wording seen only in reports)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Labels_a_quote_known_only_from_reports()
    {
        var run = await CommandRun.InvokeAsync("quote", "--id", "kit-connor-reign-not-big-on-labels");

        Assert.Contains("(wording seen only in reports)", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("(fiction)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finds_a_speaker_by_part_of_the_name_ignoring_case_and_accents()
    {
        var run = await CommandRun.InvokeAsync("quote", "--speaker", "ÓSEMAN", "--topic", "Speculation");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("— Alice Oseman", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prints_every_match_with_all()
    {
        var run = await CommandRun.InvokeAsync("quote", "--speaker", "joe locke", "--all");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.True(run.Output.Split("— Joe Locke").Length - 1 >= 4, run.Output);
        Assert.DoesNotContain("— Kit Connor", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prints_a_random_match_within_the_request()
    {
        var run = await CommandRun.InvokeAsync("quote", "--topic", "labels", "--random");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("labels", run.Output.Split('\n').Single(line => line.Contains("Topics:", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_all_and_random_together()
    {
        var run = await CommandRun.InvokeAsync("quote", "--all", "--random");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("Use --all or --random, not both.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_the_valid_topics_when_the_topic_is_unknown()
    {
        var run = await CommandRun.InvokeAsync("quote", "--topic", "gossip");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        var line = Assert.Single(run.ErrorLines);
        Assert.Equal("'gossip' is not a topic of the collection. Topics: speculation, coming-out, labels, stereotypes, privacy, support, harassment", line);
    }

    [Fact]
    public async Task Lists_the_speakers_when_no_speaker_matches()
    {
        var run = await CommandRun.InvokeAsync("quote", "--speaker", "Taylor");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("No speaker matches 'Taylor'. Speakers: Alice Oseman, ", line, StringComparison.Ordinal);
        Assert.Contains("Kit Connor", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_the_speakers_topics_when_the_combination_has_no_quote()
    {
        var run = await CommandRun.InvokeAsync("quote", "--speaker", "Ms Singh", "--topic", "privacy");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal("No quote by Ms Singh is on 'privacy'. Their topics: speculation, labels, stereotypes", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("--topic", "privacy", "The quote 'alice-oseman-tweet-speculating-stereotypes' is on speculation, stereotypes, support, not 'privacy'.")]
    [InlineData("--speaker", "kit connor", "The quote 'alice-oseman-tweet-speculating-stereotypes' is by Alice Oseman, not Kit Connor.")]
    public async Task Says_why_a_quote_given_by_id_does_not_match_the_other_criteria(string option, string value, string message)
    {
        var run = await CommandRun.InvokeAsync("quote", "--id", "alice-oseman-tweet-speculating-stereotypes", option, value);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Equal(message, Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Lists_the_ids_when_the_id_is_unknown()
    {
        var run = await CommandRun.InvokeAsync("quote", "--id", "no-such-quote");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("alice-oseman-tweet-speculating-stereotypes", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_a_mistyped_option_instead_of_treating_it_as_configuration()
    {
        var run = await CommandRun.InvokeAsync("quote", "--topc", "speculation");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.StartsWith("Unrecognized option '--topc'.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exits_2_with_one_line_naming_the_file_record_and_field_for_an_invalid_record()
    {
        using var file = new TemporaryQuoteFile(TemporaryQuoteFile.OneRecord("empty-text", string.Empty));

        var run = await CommandRun.InvokeAsync("quote", "--file", file.Path);

        Assert.Equal(ExitCodes.ConfigurationError, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        var line = Assert.Single(run.ErrorLines);
        Assert.Equal($"{file.Path}: record 'empty-text': field 'text': is empty; it must be a non-empty string", line);
        Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exits_2_with_the_line_and_position_for_malformed_json_given_as_a_configuration_override()
    {
        using var file = new TemporaryQuoteFile("[\n  { \"id\": \"a\",\n    \"speaker\" \"Alice Oseman\" }\n]");

        var run = await CommandRun.InvokeAsync("quote", "--topic", "speculation", $"--Quotes:Path={file.Path}");

        Assert.Equal(ExitCodes.ConfigurationError, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"{file.Path}: line 3, position 15: malformed JSON", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exits_2_naming_the_file_when_it_does_not_exist()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"fandombot-missing-{Guid.NewGuid():N}.json");

        var run = await CommandRun.InvokeAsync("quote", "--file", missing);

        Assert.Equal(ExitCodes.ConfigurationError, run.ExitCode);
        Assert.Equal($"{missing}: the file does not exist (set Quotes:Path)", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public async Task Exits_2_naming_the_key_when_the_configured_path_is_empty()
    {
        var run = await CommandRun.InvokeAsync("quote", "--Quotes:Path=");

        Assert.Equal(ExitCodes.ConfigurationError, run.ExitCode);
        Assert.StartsWith("Quotes:Path: is empty", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_a_valid_file_given_with_the_file_option()
    {
        using var file = new TemporaryQuoteFile(TemporaryQuoteFile.OneRecord("only-one", "A line from a test file."));

        var run = await CommandRun.InvokeAsync("quote", "--file", file.Path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.StartsWith("“A line from a test file.”", run.Output, StringComparison.Ordinal);
    }
}
