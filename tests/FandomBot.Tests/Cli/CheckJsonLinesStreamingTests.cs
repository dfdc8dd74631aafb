using System.Text;
using FandomBot.Cli;
using FandomBot.Core.Detection;
using FandomBot.Core.People;
using Xunit;

namespace FandomBot.Tests.Cli;

/// <summary>
/// <c>check --jsonl</c> streamed on every core: the fast reading of a line answers exactly as the reference reading,
/// results keep input order across blocks, and bytes that are not UTF-8 get an error line of their own.
/// </summary>
public sealed class CheckJsonLinesStreamingTests : IDisposable
{
    private static readonly SpeculationDetector Detector = new(PeopleDirectory.FromPacks(
    [
        FandomPackParser.Parse("""
            { "name": "test-show", "display_name": "Test Show", "kind": "tv-series",
              "real_people": [ { "name": "Marlo Quince", "aliases": ["Marlo", "Quince"], "roles": ["actor"] } ],
              "fictional_characters": [ { "name": "Juniper Vale", "aliases": ["Juniper"] } ] }
            """, "test-show.json"),
    ]));

    private readonly string _directory = Directory.CreateTempSubdirectory("fandombot-jsonl-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    public static TheoryData<string> Lines => new()
    {
        """{"id": "a1", "text": "marlo quince is lowkey gay"}""",
        """{"id": 7, "text": "she's so gay", "context": ["marlo quince at the premiere"]}""",
        """{"id": -1.5e3, "text": "juniper is canonically bi", "context": null}""",
        """{"text": "no id here, marlo is the best actor"}""",
        """{"id": null, "text": "nice weather"}""",
        """{"id": "é\u00e9", "text": "x"}""",
        """{"id": {"nested": [1, 2]}, "text": "marlo quince is so obviously closeted"}""",
        """{"id": [1], "text": "hi"}""",
        """{"id": true, "text": "marlo and his girlfriend 😍", "extra": {"a": [1, {"b": null}]}}""",
        """{"id": "dup", "text": "one", "text": "marlo is gay"}""",
        """{"\u0069d": "escaped name", "text": "marlo is gay"}""",
        """{"id": "ctx", "text": "he is gay", "context": ["marlo quince", 3]}""",
        """{"id": "t", "text": 5}""",
        """{"id": "open", "text": "marlo" """,
        """{"id": "trail", "text": "marlo"} x""",
        """[1, 2]""",
        """not json at all""",
        """{"id": "a\"b", "text": "marlo quince is \"secretly\" gay \ud83c\udff3"}""",
        """{"id": "comma", "text": "x",}""",
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void The_fast_reading_answers_every_line_as_the_reference_reading(string line)
    {
        var expected = CheckCommandJsonLines.Judge(Detector, line);

        var actual = RunOn(line + "\n");

        Assert.Equal(expected + "\n", actual);
    }

    [Fact]
    public void Results_keep_input_order_across_many_blocks_and_skip_blank_lines()
    {
        var input = new StringBuilder("\uFEFF");
        for (var i = 0; i < 10_000; i++)
        {
            input.Append(i % 7 == 0 ? $$"""{"id": {{i}}, "text": "marlo quince is lowkey gay"}""" : $$"""{"id": {{i}}, "text": "nice weather {{i}}"}""");
            input.Append(i % 3 == 0 ? "\r\n" : "\n");
            if (i % 1000 == 0)
            {
                input.Append("   \n");
            }
        }

        var lines = RunOn(input.ToString()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(10_000, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            Assert.StartsWith($$"""{"id":{{i}},"remind":{{(i % 7 == 0 ? "true" : "false")}}""", lines[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_line_that_is_not_utf8_gets_an_error_line_and_the_rest_go_on()
    {
        var path = Path.Combine(_directory, "in.jsonl");
        using (var file = File.Create(path))
        {
            file.Write("""{"id": 1, "text": "hi"}"""u8);
            file.Write("\n{\"id\": 2, \"text\": \"caf"u8);
            file.Write([0xC3, 0x28]);
            file.Write("\"}\n{\"id\": 3, \"text\": \"marlo quince is lowkey gay\"}"u8);
        }

        var lines = RunOnFile(path).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(3, lines.Length);
        Assert.StartsWith("""{"id":1,"remind":false""", lines[0], StringComparison.Ordinal);
        Assert.Equal("""{"id":null,"error":"not valid UTF-8"}""", lines[1]);
        Assert.StartsWith("""{"id":3,"remind":true""", lines[2], StringComparison.Ordinal);
    }

    private string RunOn(string content)
    {
        var path = Path.Combine(_directory, "in.jsonl");
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return RunOnFile(path);
    }

    private string RunOnFile(string path)
    {
        var output = Path.Combine(_directory, "out.jsonl");
        var code = CheckCommandJsonLines.Run(Detector, new FileInfo(path), new FileInfo(output), TextWriter.Null, TextWriter.Null);
        Assert.Equal(ExitCodes.Success, code);
        return File.ReadAllText(output);
    }
}
