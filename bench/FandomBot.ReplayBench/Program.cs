using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using FandomBot.Bench;
using FandomBot.ReplayBench;

// Usage: dotnet run -c Release --project bench/FandomBot.ReplayBench -- [--size-mb 1024] [--dll path/to/FandomBot.dll | --dll artifacts/native/FandomBot] [--keep] [--export FILE] [--report html|md|csv]
// (--keep leaves the generated export in /tmp for profiling; by default it is deleted. --export replays an export kept
// earlier instead of generating one, so that two builds can be compared on the same bytes, run after run. --report
// has the replay write its report too, as a moderator would, into a temporary folder deleted afterwards.)
// Build the command first: dotnet build src/FandomBot/FandomBot.csproj -c Release
var sizeMb = 1024;
string? dll = null;
string? existing = null;
string? reportFormat = null;
var keep = args.Contains("--keep");
for (var i = 0; i < args.Length - 1; i++)
{
    if (args[i] == "--size-mb")
    {
        sizeMb = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
    }
    else if (args[i] == "--dll")
    {
        dll = args[i + 1];
    }
    else if (args[i] == "--export")
    {
        existing = args[i + 1];
    }
    else if (args[i] == "--report")
    {
        reportFormat = args[i + 1];
    }
}

var root = MeasuredCommand.RepositoryRoot();
dll ??= Path.Combine(root, "src", "FandomBot", "bin", "Release", "net10.0", "FandomBot.dll");
if (!File.Exists(dll))
{
    Console.Error.WriteLine($"{dll} not found: dotnet build src/FandomBot/FandomBot.csproj -c Release");
    return 2;
}

var people = PackPeople(Path.Combine(root, "config", "fandoms"));
var export = existing ?? Path.Combine(Path.GetTempPath(), $"fandombot-replay-bench-{Guid.NewGuid():N}.json");
keep |= existing is not null;
var reportDirectory = Path.Combine(Path.GetTempPath(), $"fandombot-replay-report-{Guid.NewGuid():N}");
try
{
    if (existing is null)
    {
        var generator = new ExportGenerator(people);
        var writeWatch = Stopwatch.StartNew();
        using (var file = new FileStream(export, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20))
        {
            generator.Write(file, (long)sizeMb * 1024 * 1024);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Generated {new FileInfo(export).Length / 1048576.0:N0} MB, {generator.MessagesWritten:N0} messages ({generator.OrientationMessages:N0} with orientation words, {100.0 * generator.OrientationMessages / generator.MessagesWritten:F1}%) in {writeWatch.Elapsed.TotalSeconds:F1} s"));
    }

    var bytes = new FileInfo(export).Length;

    // /usr/bin/time -v reports the child's peak resident set (VmHWM) when it exits; a .dll runs on the shared
    // runtime, anything else is the native (NativeAOT) executable the Docker image ships.
    List<string> arguments = ["replay", export];
    if (reportFormat is not null)
    {
        Directory.CreateDirectory(reportDirectory);
        arguments.AddRange(["--report", Path.Combine(reportDirectory, "report." + reportFormat)]);
    }

    var loadBefore = MeasuredCommand.LoadAverage();
    var run = await MeasuredCommand.RunAsync(dll, arguments);
    var stdout = run.Output;
    var wall = run.Wall;
    if (run.ExitCode != 0)
    {
        Console.Error.WriteLine($"replay exited {run.ExitCode}:\n{stdout}\n{run.Error}");
        return 1;
    }

    var summary = Regex.Match(stdout, @"Read ([\d,]+) messages in ([\d.]+) s \(([\d,]+) messages/s\)");
    var reminders = Regex.Match(stdout, @"Total\s+Messages read: [\d,]+\s+Would-be reminders: ([\d,]+)");
    var read = long.Parse(summary.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
    var replayRate = double.Parse(summary.Groups[3].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
    var wallRate = read / wall.TotalSeconds;
    var cpuSeconds = run.CpuSeconds;
    var peakMb = run.PeakMegabytes;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"replay: {read:N0} messages, {reminders.Groups[1].Value} would-be reminders{(reportFormat is null ? ", no report" : $", {reportFormat} report written ({new FileInfo(Path.Combine(reportDirectory, "report." + reportFormat)).Length / 1048576.0:N0} MB)")}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  replay loop: {summary.Groups[2].Value} s, {replayRate:N0} messages/s (target >= 200,000): {(replayRate >= 200_000 ? "met" : "MISSED")}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  whole process (start-up, pack loading included): {wall.TotalSeconds:F1} s, {wallRate:N0} messages/s"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  CPU time of the process (user + system): {cpuSeconds:F1} s, {read / cpuSeconds:N0} messages per CPU-second (what one free core gives)"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  peak RSS (VmHWM): {peakMb:N0} MB (target <= 200 MB): {(peakMb <= 200 ? "met" : "MISSED")}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  input: {bytes / wall.TotalSeconds / 1048576:N0} MB/s"));
    Console.WriteLine($"  load average (1 min) before / after: {loadBefore} / {MeasuredCommand.LoadAverage()} on {Environment.ProcessorCount} cores (figures are only comparable on an idle machine)");
    return 0;
}
finally
{
    if (Directory.Exists(reportDirectory))
    {
        Directory.Delete(reportDirectory, recursive: true);
    }

    if (keep)
    {
        Console.WriteLine($"kept {export}");
    }
    else
    {
        File.Delete(export);
    }
}

static List<string> PackPeople(string directory)
{
    var names = new List<string>();
    foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(file));
        if (document.RootElement.TryGetProperty("real_people", out var realPeople))
        {
            names.AddRange(realPeople.EnumerateArray().Select(p => p.GetProperty("name").GetString()!));
        }
    }

    return names;
}
