using System.Runtime.Versioning;
using FandomBot.Tests.Cli;
using Xunit;

namespace FandomBot.Tests.Replay;

/// <summary>An export that cannot be read stops alone: one line naming it and why, the others replayed, exit 1 at the end.</summary>
public sealed class ReplayUnreadableExportTests : IDisposable
{
    private const string Speculation = "i bet Harry Styles is secretly gay";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string GoodExport()
    {
        var export = TestExport.General();
        export.Say(0, TestAuthor.Amy, Speculation);
        return export.WriteTo(_dir.Path, "general.json");
    }

    [Fact]
    public async Task A_directory_a_file_that_is_not_json_and_a_truncated_file_are_one_line_each_and_the_good_export_is_replayed()
    {
        var directory = _dir.File("folder.json");
        Directory.CreateDirectory(directory);
        var notJson = _dir.File("notes.json");
        File.WriteAllText(notJson, "these are my notes, not an export\n");
        var truncated = _dir.File("cut.json");
        var whole = TestExport.General();
        whole.Say(0, TestAuthor.Ben, "hello");
        File.WriteAllBytes(truncated, whole.ToBytes()[..40]);

        var (exitCode, output, error) = await CommandLineRunner.RunAsync("replay", directory, notJson, GoodExport(), truncated);

        Assert.Equal(1, exitCode);
        var text = output.ReplaceLineEndings("\n");
        Assert.Contains("#general (Fan Server) (general.json)\n  Messages read: 1\n  Would-be reminders: 1", text, StringComparison.Ordinal);
        Assert.Contains("folder.json)\n  Messages read: 0\n  Would-be reminders: 0\n  Not read: the file could not be read", text, StringComparison.Ordinal);
        Assert.Contains("replay: folder.json: stopped, it could not be read (see the error below), 0 messages", text, StringComparison.Ordinal);
        Assert.Contains("replay: notes.json: stopped, it could not be read", text, StringComparison.Ordinal);
        Assert.Contains("replay: general.json: read to the end, 1 messages", text, StringComparison.Ordinal);
        var lines = error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal($"error: {directory}: cannot be read (it is a directory)", lines[0]);
        Assert.StartsWith($"error: {notJson}: at byte 0: ", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"error: {truncated}: at byte ", lines[2], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task An_export_without_read_permission_is_one_line_and_the_others_are_replayed()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Assert.Skip("Unix file modes");
        }

        var locked = TestExport.General();
        locked.Say(0, TestAuthor.Ben, "hello");
        var lockedFile = locked.WriteTo(_dir.Path, "locked.json");
        File.SetUnixFileMode(lockedFile, UnixFileMode.None);
        try
        {
            using var probe = File.OpenRead(lockedFile);
            Assert.Skip("this user reads files whatever their mode (root): the open failure is covered by the directory case");
        }
        catch (UnauthorizedAccessException)
        {
            // As intended: the replay cannot open it either.
        }

        var (exitCode, output, error) = await CommandLineRunner.RunAsync("replay", lockedFile, GoodExport());

        Assert.Equal(1, exitCode);
        Assert.Contains("Would-be reminders: 1", output, StringComparison.Ordinal);
        Assert.Equal($"error: {lockedFile}: cannot be read (permission denied)\n", error.ReplaceLineEndings("\n"));
    }
}
