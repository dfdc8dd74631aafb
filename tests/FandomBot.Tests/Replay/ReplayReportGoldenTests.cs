using System.Text;
using FandomBot.Tests.Cli;
using Xunit;

namespace FandomBot.Tests.Replay;

/// <summary>
/// The reports are streamed (each reminder written as it is decided, the head added at the end), and must come out
/// byte for byte as when they were written all at once from the list of reminders: the golden files in
/// <c>Replay/Golden</c> were written by that code, for <see cref="ReportScenario"/>. So must the printed summary.
/// </summary>
public sealed class ReplayReportGoldenTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static byte[] Golden(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Replay", "Golden", name));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FandomBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("FandomBot.sln not found");
    }

    [Theory]
    [InlineData("rich", "html")]
    [InlineData("rich", "md")]
    [InlineData("rich", "csv")]
    [InlineData("quiet", "html")]
    [InlineData("quiet", "md")]
    [InlineData("quiet", "csv")]
    public async Task The_streamed_report_and_the_summary_are_byte_for_byte_those_written_from_the_whole_list(string scenario, string extension)
    {
        Assert.SkipUnless(Environment.NewLine == "\n", "the golden files were written where lines end with \\n");
        var files = scenario == "rich" ? ReportScenario.Rich(_dir.Path) : ReportScenario.Quiet(_dir.Path);
        var report = _dir.File("report." + extension);

        var (exitCode, output, error) = await CommandLineRunner.RunAsync(["replay", .. files, "--report", report]);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        var actual = File.ReadAllBytes(report);
        if (Environment.GetEnvironmentVariable("FANDOMBOT_UPDATE_GOLDEN") == "1")
        {
            // After a change that rightly changes decisions (a new detector), rewrite the golden files and review the diff.
            var golden = Path.Combine(RepositoryRoot(), "tests", "FandomBot.Tests", "Replay", "Golden");
            File.WriteAllBytes(Path.Combine(golden, $"{scenario}.{extension}"), actual);
            File.WriteAllText(Path.Combine(golden, $"{scenario}.output.txt"), ReportScenario.StableOutput(output, report));
        }

        var expected = Golden($"{scenario}.{extension}");
        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
        Assert.True(expected.AsSpan().SequenceEqual(actual), "the same bytes, byte order mark included");
        Assert.Equal(Encoding.UTF8.GetString(Golden($"{scenario}.output.txt")), ReportScenario.StableOutput(output, report));
    }
}
