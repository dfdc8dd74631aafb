using FandomBot.Tests.Cli;
using Xunit;

namespace FandomBot.Tests.Replay;

/// <summary><c>replay</c> takes configuration overrides (<c>--Fandoms:Path=…</c>) as every other command does, wherever they stand.</summary>
public sealed class ReplayConfigurationOverrideTests : IDisposable
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

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private (string Packs, string Export) Files()
    {
        var packs = _dir.File("packs");
        Directory.CreateDirectory(packs);
        File.WriteAllText(Path.Combine(packs, "test-show.json"), Pack);
        var export = TestExport.General();
        export.Say(0, TestAuthor.Amy, "marlo quince is lowkey gay");
        return (packs, export.WriteTo(_dir.Path, "general.json"));
    }

    [Theory]
    [InlineData("after")]
    [InlineData("before")]
    [InlineData("two tokens")]
    public async Task Fandoms_path_given_as_an_override_chooses_the_packs_and_is_not_read_as_an_export(string where)
    {
        var (packs, export) = Files();
        string[] args = where switch
        {
            "after" => ["replay", export, $"--Fandoms:Path={packs}"],
            "before" => ["replay", $"--Fandoms:Path={packs}", export],
            _ => ["replay", export, "--Fandoms:Path", packs],
        };

        var (exitCode, output, error) = await CommandLineRunner.RunAsync(args);

        Assert.Equal(string.Empty, error);
        Assert.Equal(0, exitCode);
        var text = output.ReplaceLineEndings("\n");
        Assert.Contains("Fandom packs: test-show\n", text, StringComparison.Ordinal);
        Assert.Contains("Total\n  Messages read: 1\n  Would-be reminders: 1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_overrides_and_no_export_is_one_line_and_exit_2()
    {
        var (packs, _) = Files();

        var (exitCode, output, error) = await CommandLineRunner.RunAsync("replay", $"--Fandoms:Path={packs}");

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal("replay: give at least one export file.\n", error.ReplaceLineEndings("\n"));
    }
}
