using System.CommandLine;
using System.Text.Json;
using FandomBot.Cli;
using Xunit;

namespace FandomBot.Tests.Cli;

public sealed class CheckCommandTests : IDisposable
{
    private const string Pack = """
        {
          "name": "test-show",
          "display_name": "Test Show",
          "kind": "tv-series",
          "real_people": [ { "name": "Marlo Quince", "aliases": ["Marlo", "Quince"], "roles": ["actor"] } ],
          "fictional_characters": [ { "name": "Juniper Vale", "aliases": ["Juniper"] } ]
        }
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("fandombot-check-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Prints_the_verdict_person_and_reasons_for_one_message()
    {
        var packs = WritePacks(("test-show.json", Pack));

        var (code, output, _) = Run("check", "marlo quince is lowkey gay", $"--Fandoms:Path={packs}");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("remind: yes", output, StringComparison.Ordinal);
        Assert.Contains("person: Marlo Quince (real person, test-show)", output, StringComparison.Ordinal);
        Assert.Contains("guessing: \"lowkey\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Uses_context_messages_for_pronouns()
    {
        var packs = WritePacks(("test-show.json", Pack));

        var (_, quiet, _) = Run("check", "she's so gay", $"--Fandoms:Path={packs}");
        var (_, remind, _) = Run("check", "she's so gay", "--context", "marlo quince at the premiere", $"--Fandoms:Path={packs}");

        Assert.Contains("remind: no", quiet, StringComparison.Ordinal);
        Assert.Contains("remind: yes", remind, StringComparison.Ordinal);
        Assert.Contains("refers to Marlo Quince", remind, StringComparison.Ordinal);
    }

    [Fact]
    public void Judges_a_jsonl_file_line_by_line_and_keeps_going_after_a_malformed_line()
    {
        var packs = WritePacks(("test-show.json", Pack));
        var input = Path.Combine(_directory, "in.jsonl");
        var output = Path.Combine(_directory, "out.jsonl");
        File.WriteAllLines(input,
        [
            """{"id": "a", "text": "marlo quince is lowkey gay"}""",
            """{"id": "b", "text": "juniper is gay in the show"}""",
            """not json""",
            """{"id": 7, "text": 5}""",
            """{"id": "c", "text": "she will come out soon", "context": ["marlo quince on the red carpet"]}""",
        ]);

        var (code, _, _) = Run("check", "--jsonl", input, "--out", output, $"--Fandoms:Path={packs}");

        Assert.Equal(ExitCodes.Success, code);
        var lines = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(5, lines.Count);
        Assert.Equal("a", lines[0].GetProperty("id").GetString());
        Assert.True(lines[0].GetProperty("remind").GetBoolean());
        Assert.Equal("Marlo Quince", lines[0].GetProperty("person").GetString());
        Assert.InRange(lines[0].GetProperty("score").GetDouble(), 0.5, 1.0);
        Assert.NotEmpty(lines[0].GetProperty("reasons").EnumerateArray());
        Assert.False(lines[1].GetProperty("remind").GetBoolean());
        Assert.Equal(JsonValueKind.Null, lines[2].GetProperty("id").ValueKind);
        Assert.True(lines[2].TryGetProperty("error", out _));
        Assert.Equal(7, lines[3].GetProperty("id").GetInt32());
        Assert.True(lines[3].TryGetProperty("error", out _));
        Assert.True(lines[4].GetProperty("remind").GetBoolean());
    }

    [Fact]
    public void Writes_jsonl_results_to_standard_output_without_out()
    {
        var packs = WritePacks(("test-show.json", Pack));
        var input = Path.Combine(_directory, "in.jsonl");
        File.WriteAllLines(input, ["""{"id": "x", "text": "nice weather today"}"""]);

        var (code, output, _) = Run("check", "--jsonl", input, $"--Fandoms:Path={packs}");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("""{"id":"x","remind":false,"score":0,"person":null,"reasons":[]}""", output.Trim());
    }

    [Fact]
    public void Fails_when_the_jsonl_file_cannot_be_read()
    {
        var packs = WritePacks(("test-show.json", Pack));

        var (code, _, error) = Run("check", "--jsonl", Path.Combine(_directory, "missing.jsonl"), $"--Fandoms:Path={packs}");

        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("missing.jsonl", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_pack_exits_2_with_one_line_naming_the_file_record_and_field()
    {
        const string bad = """
            {"name": "x", "display_name": "X", "kind": "band",
             "real_people": [ {"name": "A"}, {"name": "B"}, {"name": "C"},
               {"name": "Name", "self_identification": [ {"terms": ["bi"], "said_on": "2020", "source_url": "http://example.org"} ]} ]}
            """;
        var packs = WritePacks(("x.json", bad));

        var (code, output, error) = Run("check", "hello", $"--Fandoms:Path={packs}");

        Assert.Equal(ExitCodes.ConfigurationError, code);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("x.json", line, StringComparison.Ordinal);
        Assert.Contains("real_people[3] Name", line, StringComparison.Ordinal);
        Assert.Contains("self_identification[0].source_url", line, StringComparison.Ordinal);
        Assert.Contains("absolute https URL", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Fandom_option_switches_on_only_the_named_packs()
    {
        var other = Pack.Replace("test-show", "other-show", StringComparison.Ordinal).Replace("Marlo Quince", "Ines Harrow", StringComparison.Ordinal)
            .Replace("\"Marlo\", \"Quince\"", "\"Ines\", \"Harrow\"", StringComparison.Ordinal);
        var packs = WritePacks(("test-show.json", Pack), ("other-show.json", other));

        var (_, on, _) = Run("check", "ines harrow is lowkey gay", "--fandom", "other-show", $"--Fandoms:Path={packs}");
        var (_, off, _) = Run("check", "ines harrow is lowkey gay", "--fandom", "test-show", $"--Fandoms:Path={packs}");
        var (code, _, error) = Run("check", "hi", "--fandom", "nope", $"--Fandoms:Path={packs}");

        // Who the message is about tells the packs apart; whether it reminds need not (an unknown full name beside
        // speculation's wording may remind on its own).
        Assert.Contains("remind: yes", on, StringComparison.Ordinal);
        Assert.Contains("person: Ines Harrow (real person, other-show)", on, StringComparison.Ordinal);
        Assert.DoesNotContain("Ines Harrow (", off, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.ConfigurationError, code);
        Assert.Contains("nope", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Uses_every_shipped_pack_by_default()
    {
        var (code, output, _) = Run("check", "kit connor will come out soon");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("remind: yes", output, StringComparison.Ordinal);
        Assert.Contains("Kit Connor", output, StringComparison.Ordinal);
    }

    private string WritePacks(params (string Name, string Json)[] packs)
    {
        var directory = Path.Combine(_directory, "fandoms");
        Directory.CreateDirectory(directory);
        foreach (var (name, json) in packs)
        {
            File.WriteAllText(Path.Combine(directory, name), json);
        }

        return directory;
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var root = new RootCommand { CheckCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
