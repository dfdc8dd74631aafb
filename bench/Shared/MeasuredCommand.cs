using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace FandomBot.Bench;

/// <summary>
/// Runs one of the bot's commands under <c>/usr/bin/time -v</c>, as the load drivers in bench/ do, and reads what it
/// reports: wall time, CPU time and the peak resident set (VmHWM). Shared as a linked source file by the benches that
/// measure the real command.
/// </summary>
internal sealed record MeasuredCommand(int ExitCode, string Output, string Error, TimeSpan Wall, double CpuSeconds, double PeakMegabytes)
{
    /// <summary>Runs <paramref name="bot"/> (a .dll on the shared runtime, or the native executable) with <paramref name="arguments"/>.</summary>
    public static async Task<MeasuredCommand> RunAsync(string bot, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        string[] command = bot.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? ["-v", "dotnet", bot] : ["-v", bot];
        foreach (var argument in command.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        var wall = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        wall.Stop();
        var stderr = await error.ConfigureAwait(false);
        var stdout = await output.ConfigureAwait(false);
        var peak = Regex.Match(stderr, @"Maximum resident set size \(kbytes\): (\d+)");
        return new MeasuredCommand(process.ExitCode, stdout, stderr, wall.Elapsed,
            Seconds(stderr, "User time") + Seconds(stderr, "System time"),
            peak.Success ? long.Parse(peak.Groups[1].Value, CultureInfo.InvariantCulture) / 1024.0 : 0);
    }

    /// <summary>The 1-minute load average, to print beside figures taken on a shared machine.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    /// <summary>The repository's root (the folder holding FandomBot.sln) above the program.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FandomBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository (FandomBot.sln not found above the program).");
    }

    private static double Seconds(string timeOutput, string field)
    {
        var match = Regex.Match(timeOutput, field + @" \(seconds\): ([\d.]+)");
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }
}
