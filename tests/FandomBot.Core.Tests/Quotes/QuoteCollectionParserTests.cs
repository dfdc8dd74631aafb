using System.Text;
using System.Text.Json.Nodes;
using FandomBot.Core.DataFiles;
using FandomBot.Core.Quotes;
using Xunit;

namespace FandomBot.Core.Tests.Quotes;

public sealed class QuoteCollectionParserTests
{
    [Fact]
    public void Reads_every_field_of_a_complete_record()
    {
        var record = QuoteRecords.Valid(tags: ["speculation", "stereotypes"]);
        record["said_on_note"] = "posted late in the evening";
        record["original_url"] = "https://twitter.com/kit_connor/status/1587218539236188160";
        record["reported_by"]!["headline"] = "A headline";
        record["also_reported_by"] = new JsonArray(new JsonObject { ["outlet"] = "Variety", ["headline"] = null, ["url"] = "https://variety.com/x" });
        record["censored"] = "F*CK stands for FUCK";
        record["note"] = "an excerpt";
        record["verified"] = false;
        record["fiction"] = true;

        var quote = Assert.Single(QuoteCollectionParser.Parse(QuoteRecords.File(record), QuoteRecords.FileName));

        Assert.Equal("alice-oseman-tweet", quote.Id);
        Assert.Equal("Alice Oseman", quote.Speaker);
        Assert.StartsWith("I truly don’t understand", quote.Text, StringComparison.Ordinal);
        Assert.Equal(QuoteDate.OnDay(2022, 10, 31), quote.SaidOn);
        Assert.Equal("posted late in the evening", quote.SaidOnNote);
        Assert.Equal("Twitter", quote.SaidWhere);
        Assert.Equal(new Uri("https://twitter.com/kit_connor/status/1587218539236188160"), quote.OriginalUrl);
        Assert.Equal("HuffPost UK", quote.ReportedBy.Outlet);
        Assert.Equal("A headline", quote.ReportedBy.Headline);
        Assert.Equal("Variety", Assert.Single(quote.AlsoReportedBy).Outlet);
        Assert.Null(quote.AlsoReportedBy[0].Headline);
        Assert.Equal(["speculation", "stereotypes"], quote.Topics);
        Assert.False(quote.Verified);
        Assert.True(quote.Fiction);
        Assert.Equal("F*CK stands for FUCK", quote.Censored);
        Assert.Equal("an excerpt", quote.Note);
    }

    [Fact]
    public void Keeps_the_file_order_and_accepts_a_month_only_date()
    {
        var second = QuoteRecords.Valid("kit-connor-reign");
        second["said_on"] = "2022-05";

        var quotes = QuoteCollectionParser.Parse(QuoteRecords.File(QuoteRecords.Valid(), second), QuoteRecords.FileName);

        Assert.Equal(["alice-oseman-tweet", "kit-connor-reign"], quotes.Select(q => q.Id));
        Assert.Equal(QuoteDate.InMonth(2022, 5), quotes[1].SaidOn);
        Assert.Null(quotes[1].SaidOn.Day);
    }

    [Fact]
    public void Accepts_a_byte_order_mark_and_comments()
    {
        var json = "// the collection\n" + new JsonArray(QuoteRecords.Valid()).ToJsonString();
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(json)).ToArray();

        Assert.Single(QuoteCollectionParser.Parse(bytes, QuoteRecords.FileName));
    }

    [Fact]
    public void Rejects_a_duplicate_id_naming_the_second_record()
    {
        var error = Assert.Throws<DataFileException>(() => QuoteCollectionParser.Parse(
            QuoteRecords.File(QuoteRecords.Valid("same-id"), QuoteRecords.Valid("same-id")), QuoteRecords.FileName));

        AssertNames(error, "same-id", "id");
        Assert.Contains("unique", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text", "")]
    [InlineData("text", "   ")]
    [InlineData("speaker", "")]
    [InlineData("said_where", "")]
    public void Rejects_an_empty_required_string(string field, string value)
    {
        var record = QuoteRecords.Valid("the-record");
        record[field] = value;

        var error = Parse(record);

        AssertNames(error, "the-record", field);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("speaker")]
    [InlineData("text")]
    [InlineData("said_on")]
    [InlineData("said_where")]
    [InlineData("original_url")]
    [InlineData("reported_by")]
    [InlineData("tags")]
    [InlineData("verified")]
    [InlineData("fiction")]
    public void Rejects_a_record_missing_a_required_field(string field)
    {
        var record = QuoteRecords.Valid("the-record");
        record.Remove(field);

        var error = Parse(record);

        AssertNames(error, "the-record", field);
    }

    [Fact]
    public void Rejects_a_text_longer_than_an_embed_field_can_show()
    {
        var record = QuoteRecords.Valid("long-one", text: new string('a', QuoteCollectionParser.MaxTextLength + 1));

        var error = Parse(record);

        AssertNames(error, "long-one", "text");
        Assert.Contains("1001 characters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_string_field_of_the_wrong_type()
    {
        var record = QuoteRecords.Valid("typed");
        record["speaker"] = 42;

        var error = Parse(record);

        AssertNames(error, "typed", "speaker");
        Assert.Contains("must be a string, not a number", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("31/10/2022")]
    [InlineData("May 2022")]
    [InlineData("2022")]
    [InlineData("2022-13-01")]
    [InlineData("2022-02-30")]
    [InlineData("2022-10-31T23:02:43Z")]
    public void Rejects_an_invalid_date(string saidOn)
    {
        var record = QuoteRecords.Valid("dated");
        record["said_on"] = saidOn;

        var error = Parse(record);

        AssertNames(error, "dated", "said_on");
        Assert.Contains("yyyy-MM-dd", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://twitter.com/kit_connor")]
    [InlineData("twitter.com/kit_connor")]
    [InlineData("/entry/kit-connor")]
    [InlineData("ftp://example.com/quote")]
    [InlineData("https:// example.com/with space")]
    public void Rejects_an_original_url_that_is_not_absolute_https(string url)
    {
        var record = QuoteRecords.Valid("linked");
        record["original_url"] = url;

        var error = Parse(record);

        AssertNames(error, "linked", "original_url");
        Assert.Contains("absolute https URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_reporting_url_that_is_not_https()
    {
        var record = QuoteRecords.Valid("reported");
        record["reported_by"]!["url"] = "http://www.huffingtonpost.co.uk/entry/x";

        AssertNames(Parse(record), "reported", "reported_by.url");
    }

    [Fact]
    public void Rejects_a_further_report_without_a_url_naming_its_position()
    {
        var record = QuoteRecords.Valid("reported");
        record["also_reported_by"] = new JsonArray(
            new JsonObject { ["outlet"] = "Variety", ["headline"] = null, ["url"] = "https://variety.com/x" },
            new JsonObject { ["outlet"] = "Metro", ["headline"] = null });

        AssertNames(Parse(record), "reported", "also_reported_by[1].url");
    }

    [Fact]
    public void Rejects_a_report_without_an_outlet()
    {
        var record = QuoteRecords.Valid("reported");
        ((JsonObject)record["reported_by"]!).Remove("outlet");

        AssertNames(Parse(record), "reported", "reported_by.outlet");
    }

    [Fact]
    public void Rejects_an_unknown_tag_and_lists_the_known_ones()
    {
        var record = QuoteRecords.Valid("tagged", tags: ["speculation", "gossip"]);

        var error = Parse(record);

        AssertNames(error, "tagged", "tags");
        Assert.Contains("'gossip' is not a known topic", error.Message, StringComparison.Ordinal);
        Assert.Contains("coming-out", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_an_empty_tag_list()
    {
        var record = QuoteRecords.Valid("tagged");
        record["tags"] = new JsonArray();

        AssertNames(Parse(record), "tagged", "tags");
    }

    [Fact]
    public void Rejects_a_tag_listed_twice()
    {
        AssertNames(Parse(QuoteRecords.Valid("tagged", tags: ["privacy", "privacy"])), "tagged", "tags");
    }

    [Fact]
    public void Rejects_an_unknown_field_so_that_typos_are_not_silently_ignored()
    {
        var record = QuoteRecords.Valid("typo");
        record["said_one"] = "2022-10-31";

        var error = Parse(record);

        AssertNames(error, "typo", "said_one");
        Assert.Contains("unknown field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_field_written_twice_rather_than_keeping_one_silently()
    {
        var json = new JsonArray(QuoteRecords.Valid("twice")).ToJsonString().Replace("\"said_where\":", "\"said_where\":\"Vogue\",\"said_where\":", StringComparison.Ordinal);

        var error = Assert.Throws<DataFileException>(() => QuoteCollectionParser.Parse(QuoteRecords.Text(json), QuoteRecords.FileName));

        AssertNames(error, "twice", "said_where");
        Assert.Contains("appears twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_verified_flag_that_is_not_a_boolean()
    {
        var record = QuoteRecords.Valid("flagged");
        record["verified"] = "yes";

        var error = Parse(record);

        AssertNames(error, "flagged", "verified");
        Assert.Contains("true or false", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Alice Oseman Tweet")]
    [InlineData("alice--oseman")]
    [InlineData("-alice")]
    public void Rejects_an_id_that_is_not_a_slug_naming_the_record_by_position(string id)
    {
        var error = Parse(QuoteRecords.Valid(id));

        Assert.Equal("#1", error.Record);
        Assert.Equal("id", error.Field);
    }

    [Fact]
    public void Names_a_record_without_an_id_by_its_position()
    {
        var record = QuoteRecords.Valid();
        record.Remove("id");

        var error = Assert.Throws<DataFileException>(() => QuoteCollectionParser.Parse(QuoteRecords.File(QuoteRecords.Valid("first"), record), QuoteRecords.FileName));

        AssertNames(error, "#2", "id");
    }

    [Fact]
    public void Reports_the_line_and_position_of_malformed_json()
    {
        // Line 3 lacks the ':' after "speaker"; System.Text.Json sees it at the string that follows.
        const string Json = "[\n  { \"id\": \"a\",\n    \"speaker\" \"Alice Oseman\" }\n]";

        var error = Assert.Throws<DataFileException>(() => QuoteCollectionParser.Parse(QuoteRecords.Text(Json), QuoteRecords.FileName));

        Assert.Equal(3, error.Line);
        Assert.Equal(15, error.Position);
        Assert.StartsWith($"{QuoteRecords.FileName}: line 3, position 15: malformed JSON", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Reports_a_trailing_comma_as_malformed_json()
    {
        var json = "[" + QuoteRecords.Valid().ToJsonString() + ",\n]";

        var error = Assert.Throws<DataFileException>(() => QuoteCollectionParser.Parse(QuoteRecords.Text(json), QuoteRecords.FileName));

        Assert.Equal(2, error.Line);
        Assert.Null(error.Record);
    }

    [Fact]
    public void Reports_a_truncated_file_as_malformed_json()
    {
        var error = Assert.Throws<DataFileException>(() => QuoteCollectionParser.Parse(QuoteRecords.Text("[ { \"id\": \"a\""), QuoteRecords.FileName));

        Assert.Equal(1, error.Line);
        Assert.NotNull(error.Position);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("\"quotes\"")]
    public void Rejects_a_file_that_is_not_an_array(string json)
    {
        var error = Assert.Throws<DataFileException>(() => QuoteCollectionParser.Parse(QuoteRecords.Text(json), QuoteRecords.FileName));

        Assert.Contains("JSON array", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_an_empty_collection()
    {
        var error = Assert.Throws<DataFileException>(() => QuoteCollectionParser.Parse(QuoteRecords.Text("[]"), QuoteRecords.FileName));

        Assert.Equal($"{QuoteRecords.FileName}: the collection holds no quotes", error.Message);
    }

    [Fact]
    public void Rejects_a_record_that_is_not_an_object()
    {
        var error = Assert.Throws<DataFileException>(() => QuoteCollectionParser.Parse(QuoteRecords.Text("[\"just text\"]"), QuoteRecords.FileName));

        Assert.Equal("#1", error.Record);
    }

    [Fact]
    public void Keeps_a_control_character_in_a_bad_value_out_of_the_one_line_message()
    {
        var record = QuoteRecords.Valid("dated");
        record["said_on"] = "2022\n10";

        var error = Parse(record);

        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains("\\u000a", error.Message, StringComparison.Ordinal);
    }

    private static DataFileException Parse(JsonObject record) =>
        Assert.Throws<DataFileException>(() => QuoteCollectionParser.Parse(QuoteRecords.File(record), QuoteRecords.FileName));

    private static void AssertNames(DataFileException error, string record, string field)
    {
        Assert.Equal(QuoteRecords.FileName, error.FileName);
        Assert.Equal(record, error.Record);
        Assert.Equal(field, error.Field);
        Assert.StartsWith($"{QuoteRecords.FileName}: record '{record}': field '{field}': ", error.Message, StringComparison.Ordinal);
    }
}
