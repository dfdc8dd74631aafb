using System.Runtime.Versioning;
using FandomBot.Replay;
using FandomBot.Replay.Reports;
using FandomBot.Tests.Cli;
using Xunit;

namespace FandomBot.Tests.Replay;

/// <summary>
/// The report file holds members' messages: it is readable by its owner only, it never replaces an export, and a
/// failed write (a full disk) leaves the previous report as it was.
/// </summary>
public sealed class ReportFileTests : IDisposable
{
    private const string Speculation = "i bet Harry Styles is secretly gay";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Export(string name)
    {
        var export = TestExport.General();
        export.Say(0, TestAuthor.Amy, Speculation);
        return export.WriteTo(_dir.Path, name);
    }

    [Theory]
    [InlineData("same path")]
    [InlineData("another spelling")]
    [InlineData("a link to it")]
    public async Task A_report_path_that_is_one_of_the_exports_is_refused_in_one_line_and_nothing_is_written(string how)
    {
        var other = Export("other.json");
        var export = Export("chat.md");
        var before = File.ReadAllBytes(export);
        var report = how switch
        {
            "same path" => export,
            "another spelling" => Path.Combine(_dir.Path, "sub", "..", ".", "chat.md"),
            _ => File.CreateSymbolicLink(_dir.File("link.md"), export).FullName,
        };
        var entries = Directory.GetFileSystemEntries(_dir.Path).Order(StringComparer.Ordinal).ToList();

        var (exitCode, output, error) = await CommandLineRunner.RunAsync("replay", other, export, "--report", report);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"--report {report}: that is the export {export}; the report would overwrite it.\n", error.ReplaceLineEndings("\n"));
        Assert.Equal(before, File.ReadAllBytes(export));
        Assert.Equal(entries, Directory.GetFileSystemEntries(_dir.Path).Order(StringComparer.Ordinal).ToList());
    }

    [Theory]
    [InlineData("report.html")]
    [InlineData("report.md")]
    [InlineData("report.csv")]
    [UnsupportedOSPlatform("windows")]
    public async Task The_report_is_readable_by_its_owner_only_even_over_a_previous_report_open_to_all(string name)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Assert.Skip("Unix file modes");
        }

        var report = _dir.File(name);
        File.WriteAllText(report, "previous");
        File.SetUnixFileMode(report, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var (exitCode, _, error) = await CommandLineRunner.RunAsync("replay", Export("general.json"), "--report", report);

        Assert.Equal(string.Empty, error);
        Assert.Equal(0, exitCode);
        Assert.Contains("secretly gay", File.ReadAllText(report), StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(report));
        Assert.Equal(["general.json", name], Directory.GetFiles(_dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(300)]
    public void A_disk_that_fills_up_while_the_report_is_written_leaves_the_previous_report_intact_and_no_partial_file(int room)
    {
        var report = _dir.File("report.html");
        File.WriteAllText(report, "previous report");
        var summary = new ReplaySummary([], new ReminderTally(), TimeSpan.Zero, cancelled: false);
        using var writer = ReplayReport.Begin(report, ReplayReportFormat.Html);

        var failure = Assert.Throws<IOException>(() => writer.Finish(summary, stream => new FullDiskStream(stream, room)));

        Assert.Equal("No space left on device", failure.Message);
        Assert.Equal("previous report", File.ReadAllText(report));
        Assert.Equal(["report.html"], Directory.GetFiles(_dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_report_written_in_full_replaces_the_previous_one()
    {
        var report = _dir.File("report.md");
        File.WriteAllText(report, "previous report");
        var summary = new ReplaySummary([], new ReminderTally(), TimeSpan.Zero, cancelled: false);
        using var writer = ReplayReport.Begin(report, ReplayReportFormat.Markdown);

        writer.Finish(summary, stream => new FullDiskStream(stream, room: 1 << 20));

        Assert.StartsWith("# FandomBot replay: would-be reminders", File.ReadAllText(report), StringComparison.Ordinal);
        Assert.Equal(["report.md"], Directory.GetFiles(_dir.Path).Select(Path.GetFileName));
    }
}
