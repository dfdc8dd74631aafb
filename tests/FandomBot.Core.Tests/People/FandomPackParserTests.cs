using FandomBot.Core.DataFiles;
using FandomBot.Core.People;
using FandomBot.Core.Tests.Detection;
using Xunit;

namespace FandomBot.Core.Tests.People;

public sealed class FandomPackParserTests
{
    [Fact]
    public void Reads_people_characters_and_sourced_self_identification()
    {
        var pack = FandomPackParser.Parse(TestPacks.Heartstopper, "heartstopper.json");

        Assert.Equal("heartstopper", pack.Name);
        Assert.Equal("Heartstopper", pack.DisplayName);
        var kit = Assert.Single(pack.RealPeople, p => p.Name == "Kit Connor");
        Assert.Contains("@kitconnor", kit.Aliases);
        var statement = Assert.Single(kit.SelfIdentification);
        Assert.Equal(["bi"], statement.Terms);
        Assert.Equal("2022-10-31", statement.SaidOn);
        Assert.Equal("https", statement.SourceUrl.Scheme);
        Assert.Contains(pack.FictionalCharacters, c => c.Name == "Nick Nelson" && c.PortrayedBy.Contains("Kit Connor"));
    }

    [Fact]
    public void Parses_the_same_pack_from_bytes_with_a_byte_order_mark()
    {
        var bytes = "\uFEFF"u8.ToArray().Concat(System.Text.Encoding.UTF8.GetBytes(TestPacks.Band)).ToArray();

        var pack = FandomPackParser.Parse(bytes, "config/fandoms/test-band.json");

        Assert.Equal("test-band", pack.Name);
        Assert.Equal("Rowan Vale", Assert.Single(pack.RealPeople).Name);
    }

    [Theory]
    [InlineData("""{"display_name": "X", "kind": "band"}""", "field 'name': is required")]
    [InlineData("""{"name": "X Y", "display_name": "X", "kind": "band"}""", "must be lowercase")]
    [InlineData("""{"name": "other", "display_name": "X", "kind": "band"}""", "must equal the file name 'x'")]
    [InlineData("""{"name": "x", "kind": "band"}""", "field 'display_name': is required")]
    [InlineData("""{"name": "x", "display_name": "X", "kind": "band", "real_people": [{"aliases": ["a"]}]}""", "record 'real_people[0]': field 'name': is required")]
    [InlineData("""{"name": "x", "display_name": "X", "kind": "band", "real_people": [{"name": "A", "aliases": ["ok", ""]}]}""", "record 'real_people[0] A': field 'aliases[1]'")]
    [InlineData("""{"name": "x", "display_name": "X", "kind": "band", "real_people": [{"name": "A", "self_identification": [{"terms": [], "said_on": "2020", "source_url": "https://a.org"}]}]}""", "self_identification[0].terms")]
    [InlineData("""{"name": "x", "display_name": "X", "kind": "band", "real_people": [{"name": "A", "self_identification": [{"terms": ["bi"], "said_on": "31/10/2022", "source_url": "https://a.org"}]}]}""", "self_identification[0].said_on")]
    [InlineData("""{"name": "x", "display_name": "X", "kind": "band", "real_people": [{"name": "A", "self_identification": [{"terms": ["bi"], "said_on": "2022-10"}]}]}""", "self_identification[0].source_url': is required")]
    [InlineData("""{"name": "x", "display_name": "X", "kind": "band", "real_people": [{"name": "A", "self_identification": [{"terms": ["bi"], "said_on": "2022", "source_url": "/relative"}]}]}""", "must be an absolute https URL")]
    [InlineData("""{"name": "x", "display_name": "X", "kind": "band", "fictional_characters": [{"name": ""}]}""", "record 'fictional_characters[0]': field 'name'")]
    public void Rejects_an_invalid_pack_naming_the_record_and_field(string json, string expected)
    {
        var error = Assert.Throws<DataFileException>(() => FandomPackParser.Parse(json, "config/fandoms/x.json"));

        Assert.StartsWith("config/fandoms/x.json: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Reports_the_line_and_position_of_malformed_json()
    {
        var error = Assert.Throws<DataFileException>(() => FandomPackParser.Parse("{\n  \"name\": \"x\",\n  oops\n}", "x.json"));

        Assert.Equal(3, error.Line);
        Assert.StartsWith("x.json: line 3, position", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_shipped_pack_is_valid()
    {
        var packs = ShippedData.Packs;

        Assert.Contains(packs, p => p.Name == "heartstopper");
        Assert.Contains(packs, p => p.Name == "public-figures" && p.RealPeople.Count >= 150);
        Assert.True(packs.Count >= 6);
    }
}
