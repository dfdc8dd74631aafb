using FandomBot.Replay;
using FandomBot.Replay.Export;
using FandomBot.Replay.Reports;
using FandomBot.Tests.Cli;
using Xunit;

namespace FandomBot.Tests.Replay;

/// <summary>
/// The spill file holds message text while a replay writes its report: it must sit beside the report, be the owner's
/// only, and never outlive the run, whether the run ends well or not.
/// </summary>
public sealed class ReportSpillFileTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string[] Entries() => [.. Directory.EnumerateFileSystemEntries(_dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    private static WouldBeReminder Reminder(int i) => new(
        new ExportChannel(100, "Fan Server", 200, "general", "GuildTextChat", null),
        new ExportMessage((ulong)(1000 + i), "Default", TestExport.Start.AddMinutes(i), null, "i bet Harry Styles is secretly gay " + i, new ExportAuthor(1001, "amy", "Amy", false, []), [], null),
        new ReplayVerdict(true, 0.99, "Harry Styles", "one-direction", "en", [new ReplayReason("Guess", "i bet", "guessing")]),
        "Harry Styles");

    [Fact]
    public void On_linux_the_spill_file_is_unlinked_as_soon_as_it_is_open_and_readable_by_its_owner_only()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Skip("looks at the open file through /proc");
            return;
        }

        using var spill = ReportSpillFile.CreateBeside(_dir.File("report.html"));

        Assert.Empty(Entries());

        // The open descriptor still reaches the unlinked file; its mode is the one it was created with.
        var open = Directory.EnumerateFileSystemEntries("/proc/self/fd")
            .Select(fd => (Fd: fd, Target: new FileInfo(fd).LinkTarget))
            .Single(p => p.Target is { } target && target.StartsWith(_dir.Path + "/.fandombot-replay-", StringComparison.Ordinal));
        Assert.EndsWith(".spill (deleted)", open.Target, StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(open.Fd));

        spill.Writer.Write("é\u2728\r\nline");
        using var copy = new MemoryStream();
        spill.CopyTo(copy);
        Assert.Equal("é\u2728\r\nline"u8.ToArray(), copy.ToArray());
    }

    [Fact]
    public void A_report_given_up_part_way_leaves_nothing_behind()
    {
        var report = ReplayReport.Begin(_dir.File("report.md"), ReplayReportFormat.Markdown);
        report.Add(Reminder(0));
        report.Add(Reminder(1));

        report.Dispose();

        Assert.Empty(Entries());
    }

    [Fact]
    public void A_report_that_cannot_be_written_at_the_end_leaves_nothing_behind_but_what_was_in_the_way()
    {
        var path = _dir.File("report.csv");
        using (var report = ReplayReport.Begin(path, ReplayReportFormat.Csv))
        {
            report.Add(Reminder(0));
            Directory.CreateDirectory(path);

            Assert.ThrowsAny<Exception>(() => report.Finish(new ReplaySummary([], new ReminderTally(), TimeSpan.Zero, cancelled: false)));
        }

        Assert.Equal(["report.csv"], Entries());
        Assert.True(Directory.Exists(path));
    }

    [Theory]
    [InlineData("report.html", 0)]
    [InlineData("report.md", 0)]
    [InlineData("report.csv", 0)]
    [InlineData("report.html", 1)]
    [InlineData(null, 0)]
    public async Task A_replay_leaves_only_the_report_beside_the_exports(string? reportName, int expectedExitCode)
    {
        var export = TestExport.General();
        export.Say(0, TestAuthor.Amy, "i bet Harry Styles is secretly gay");
        export.Say(1, TestAuthor.Ben, "second message");
        export.Say(2, TestAuthor.Cleo, "i bet Jungkook is secretly gay, cut in the middle");
        var bytes = export.ToBytes();
        var file = _dir.File("general.json");

        // Exit code 1: the export is cut short, the replay stops with an error (and still writes the report).
        File.WriteAllBytes(file, expectedExitCode == 0 ? bytes : bytes[..(bytes.Length - 300)]);
        string[] report = reportName is null ? [] : ["--report", _dir.File(reportName)];

        var (exitCode, output, _) = await CommandLineRunner.RunAsync(["replay", file, .. report]);

        Assert.Equal(expectedExitCode, exitCode);
        Assert.Equal(reportName is null ? ["general.json"] : ["general.json", reportName], Entries());
        if (reportName is not null)
        {
            Assert.Contains($"Report: {_dir.File(reportName)} ({(expectedExitCode == 0 ? 2 : 1)} would-be reminders", output, StringComparison.Ordinal);
        }
    }
}
