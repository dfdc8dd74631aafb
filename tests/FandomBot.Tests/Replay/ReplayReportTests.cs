using System.Text;
using System.Text.RegularExpressions;
using FandomBot.Replay.Reports;
using FandomBot.Tests.Cli;
using Xunit;

namespace FandomBot.Tests.Replay;

/// <summary>The reports the moderator asks for with <c>--report</c>: the only place message text is written.</summary>
public sealed partial class ReplayReportTests : IDisposable
{
    private const string Hostile = "i bet Harry Styles is secretly gay <script>alert(1)</script> & [x](http://evil.example) **bold**";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private async Task<(string Report, string Output, TestExport Export)> ReplayWithReport(string reportName)
    {
        var export = TestExport.General();
        export.Say(0, TestAuthor.Amy, Hostile, editedAt: TestExport.Start.AddMinutes(2));
        export.Say(1, TestAuthor.Ben, "ordinary chat about the tour");
        export.Say(60 * 24 * 3, TestAuthor.Cleo, "=HYPERLINK(\"x\") i bet Jungkook is secretly gay");
        var file = export.WriteTo(_dir.Path, "general.json");
        var report = _dir.File(reportName);

        var (exitCode, output, error) = await CommandLineRunner.RunAsync("replay", file, "--report", report);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Contains($"Report: {report} (2 would-be reminders, with their text).", output, StringComparison.Ordinal);
        return (File.ReadAllText(report), output, export);
    }

    [Fact]
    public async Task The_html_report_is_one_self_contained_page_with_escaped_text_a_chart_per_day_and_links()
    {
        var (html, _, export) = await ReplayWithReport("report.html");

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; [x](http://evil.example)", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Equal(2, BarPattern().Count(html));
        Assert.Contains("<title>2024-05-01: 1</title>", html, StringComparison.Ordinal);
        Assert.Contains("<title>2024-05-04: 1</title>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"https://discord.com/channels/100/200/{export.Messages[0].Id}\"", html, StringComparison.Ordinal);
        Assert.Contains("2024-05-01 12:00 UTC", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Amy</strong>", html, StringComparison.Ordinal);
        Assert.Contains("Edited: this is the edited text.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ordinary chat about the tour", html, StringComparison.Ordinal);
        var links = HrefPattern().Matches(html).Select(m => m.Groups[1].Value);
        Assert.All(links, link => Assert.StartsWith("https://discord.com/channels/", link, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_markdown_report_quotes_each_text_escaped_with_reasons_and_link()
    {
        var (markdown, _, export) = await ReplayWithReport("report.md");

        Assert.StartsWith("# FandomBot replay: would-be reminders", markdown, StringComparison.Ordinal);
        Assert.Contains("### 2024-05-01 12:00 UTC · \\#general · Amy", markdown, StringComparison.Ordinal);
        Assert.Contains("> i bet Harry Styles is secretly gay &lt;script&gt;alert\\(1\\)&lt;/script&gt; &amp; \\[x\\]\\(http\\://evil\\.example\\) \\*\\*bold\\*\\*", markdown, StringComparison.Ordinal);
        Assert.Contains("- Edited: the text above is the edited text", markdown, StringComparison.Ordinal);
        Assert.Contains("- Why: ", markdown, StringComparison.Ordinal);
        Assert.Contains($"- <https://discord.com/channels/100/200/{export.Messages[0].Id}>", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_report_has_a_row_per_reminder_quoted_and_safe_to_open_in_a_spreadsheet()
    {
        var (csv, _, export) = await ReplayWithReport("report.csv");

        var bytes = File.ReadAllBytes(_dir.File("report.csv"));
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "UTF-8 with BOM so spreadsheets read it as UTF-8");
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal(string.Join(',', CsvReplayReport.Columns), lines[0]);
        Assert.StartsWith("\"2024-05-01 12:00:00\",\"Fan Server\",\"#general\",\"Amy\",\"1001\",\"i bet Harry Styles", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"2024-05-01 12:02:00\"", lines[1], StringComparison.Ordinal);
        Assert.EndsWith($"\"https://discord.com/channels/100/200/{export.Messages[0].Id}\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\") i bet Jungkook", lines[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a.html", "Html")]
    [InlineData("a.HTM", "Html")]
    [InlineData("dir/a.md", "Markdown")]
    [InlineData("a.csv", "Csv")]
    [InlineData("a.txt", null)]
    [InlineData("a", null)]
    public void The_report_format_follows_the_extension(string path, string? expected)
    {
        Assert.Equal(expected, ReplayReport.FormatOf(path)?.ToString());
    }

    [GeneratedRegex("<rect ")]
    private static partial Regex BarPattern();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex HrefPattern();
}
