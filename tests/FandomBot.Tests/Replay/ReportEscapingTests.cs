using FandomBot.Replay;
using FandomBot.Replay.Reports;
using FandomBot.Tests.Cli;
using Xunit;

namespace FandomBot.Tests.Replay;

/// <summary>
/// Message text and members' names are untrusted: in Markdown they stay literal text (no block, no link that fetches
/// or tracks), on the terminal they carry no control character, in a spreadsheet they never run as a formula.
/// </summary>
public sealed class ReportEscapingTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("===", "\\=\\=\\=")]
    [InlineData("---", "\\-\\-\\-")]
    [InlineData("# heading", "\\# heading")]
    [InlineData("> quote", "&gt; quote")]
    [InlineData("- item", "\\- item")]
    [InlineData("* item", "\\* item")]
    [InlineData("+ item", "\\+ item")]
    [InlineData("1. item", "1\\. item")]
    [InlineData("2) item", "2\\) item")]
    [InlineData("```js", "\\`\\`\\`js")]
    [InlineData("~~~", "\\~\\~\\~")]
    [InlineData("    indented code", "&#32;&#32;&#32;&#32;indented code")]
    [InlineData("\tindented code", "&#9;indented code")]
    [InlineData("<https://tracker.example/p?id=1>", "&lt;https\\://tracker\\.example/p?id\\=1&gt;")]
    [InlineData("see https://tracker.example/pixel", "see https\\://tracker\\.example/pixel")]
    [InlineData("see www.tracker.example", "see www\\.tracker\\.example")]
    [InlineData("mail me@tracker.example", "mail me\\@tracker\\.example")]
    [InlineData("two\nlines", "two lines")]
    [InlineData("<img src=x>", "&lt;img src\\=x&gt;")]
    public void Markdown_text_starts_no_block_and_makes_no_link(string text, string expected)
    {
        var escaped = MarkdownReplayReport.Escape(text);

        Assert.Equal(expected, escaped);
        Assert.DoesNotMatch(@"[^\\]://", escaped);
        Assert.DoesNotContain("www.", escaped, StringComparison.Ordinal);
        Assert.DoesNotContain('<', escaped);
        Assert.DoesNotContain('\n', escaped);
    }

    [Theory]
    [InlineData("plain text", "\"plain text\"")]
    [InlineData("=1+1", "\"'=1+1\"")]
    [InlineData("  =HYPERLINK(\"x\")", "\"'  =HYPERLINK(\"\"x\"\")\"")]
    [InlineData(" \t@SUM(A1)", "\"' \t@SUM(A1)\"")]
    [InlineData("   -2+3", "\"'   -2+3\"")]
    [InlineData("\u00a0+cmd", "\"'\u00a0+cmd\"")]
    [InlineData("\uff1dHYPERLINK(1)", "\"'\uff1dHYPERLINK(1)\"")]
    [InlineData("\uff0b1", "\"'\uff0b1\"")]
    [InlineData("\uff0d1", "\"'\uff0d1\"")]
    [InlineData(" \uff20SUM(1)", "\"' \uff20SUM(1)\"")]
    [InlineData("\nline", "\"'\nline\"")]
    [InlineData("a = b", "\"a = b\"")]
    public void A_csv_cell_a_spreadsheet_could_run_as_a_formula_gets_an_apostrophe(string value, string expected)
    {
        Assert.Equal(expected, CsvReplayReport.Cell(value));
    }

    [Theory]
    [InlineData("gen\u001b[2J\u001b[31meral", "general")]
    [InlineData("\u001b]0;pwned\u0007title", "title")]
    [InlineData("\u001b]8;;https://x.example\u001b\\link\u001b]8;;\u001b\\", "link")]
    [InlineData("a\u009b2Jb", "a2Jb")]
    [InlineData("bell\u0007 back\bspace del\u007f", "bell backspace del")]
    [InlineData("two\nlines\ttab\rcr", "two lines tab cr")]
    [InlineData("\u001bc reset", " reset")]
    [InlineData("\u001b(B charset", " charset")]
    [InlineData("Zoë 日本 🏳️‍🌈", "Zoë 日本 🏳️‍🌈")]
    [InlineData("trailing \u001b", "trailing ")]
    public void Terminal_text_has_no_control_character_or_escape_sequence(string text, string expected)
    {
        Assert.Equal(expected, TerminalText.Clean(text));
    }

    [Fact]
    public async Task The_console_summary_prints_names_from_the_export_without_control_characters()
    {
        var evil = new TestAuthor(1020, "evil", "Evil\u001b[2J\u001b]0;owned\u0007\u009b31m Name\r\nFAKE LINE");
        var export = new TestExport(100, "Fan\u001b[31m Server", 200, "gen\u001b[1A\u001b[2Keral");
        export.Say(0, evil, "i bet Harry Styles is secretly gay");
        var file = export.WriteTo(_dir.Path, "general.json");

        var (exitCode, output, error) = await CommandLineRunner.RunAsync("replay", file);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.DoesNotContain(output, c => c is < ' ' and not '\n' and not '\r' or >= '\u007f' and <= '\u009f');
        Assert.Contains("#general (Fan Server) (general.json)", output, StringComparison.Ordinal);
        Assert.Contains("by Evil31m Name  FAKE LINE  about", output, StringComparison.Ordinal);
    }
}
