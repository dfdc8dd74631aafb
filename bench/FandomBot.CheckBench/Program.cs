using System.Globalization;
using System.Text;
using System.Text.Json;
using FandomBot.Bench;

// Usage: dotnet run -c Release --project bench/FandomBot.CheckBench -- [--lines 3000000] [--mix chat|corpus] [--dll src/FandomBot/bin/Release/net10.0/FandomBot.dll | --dll artifacts/native/FandomBot]
// Writes a JSON-lines file of fan chat and runs it through the real command. --mix chat (default): the detector
// benchmarks' realistic channel mix (nine ordinary messages in ten), a counter appended so no two lines are the same
// string. --mix corpus: the hard case, nine in ten drawn from the corpus's everyday-chat lines, which were written to
// hold speculation's words (so most reach the model, many with context), one in ten any corpus line. Runs
// `check --jsonl FILE --out OUT` under /usr/bin/time -v, and prints lines/s end to end and the peak RSS.
// Build the command first: dotnet build src/FandomBot/FandomBot.csproj -c Release
var lines = 3_000_000;
var mix = "chat";
string? dll = null;
for (var i = 0; i < args.Length - 1; i++)
{
    if (args[i] == "--lines")
    {
        lines = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
    }
    else if (args[i] == "--mix")
    {
        mix = args[i + 1];
    }
    else if (args[i] == "--dll")
    {
        dll = args[i + 1];
    }
}

var root = MeasuredCommand.RepositoryRoot();
dll ??= Path.Combine(root, "src", "FandomBot", "bin", "Release", "net10.0", "FandomBot.dll");
if (!File.Exists(dll))
{
    Console.Error.WriteLine($"{dll} not found: dotnet build src/FandomBot/FandomBot.csproj -c Release");
    return 2;
}

var (ordinary, others) = CorpusLines(Path.Combine(root, "corpus", "train"));
var chat = FandomBot.Benchmarks.BenchmarkData.RealisticMix(1000);
var input = Path.Combine(Path.GetTempPath(), $"fandombot-check-bench-{Guid.NewGuid():N}.jsonl");
var output = Path.ChangeExtension(input, ".out.jsonl");
try
{
    using (var writer = new StreamWriter(input, false, new UTF8Encoding(false), 1 << 20))
    {
        for (var i = 0; i < lines; i++)
        {
            (string Text, List<string> Context) line = mix == "chat"
                ? (chat[i % chat.Length] + " " + i.ToString(CultureInfo.InvariantCulture), [])
                : i % 10 == 9 ? others[i / 10 % others.Count] : (ordinary[i % ordinary.Count].Text + " " + i.ToString(CultureInfo.InvariantCulture), ordinary[i % ordinary.Count].Context);
            var (text, context) = line;
            writer.Write("{\"id\":");
            writer.Write(i.ToString(CultureInfo.InvariantCulture));
            writer.Write(",\"text\":");
            writer.Write(JsonSerializer.Serialize(text));
            if (context.Count > 0)
            {
                writer.Write(",\"context\":");
                writer.Write(JsonSerializer.Serialize(context));
            }

            writer.Write("}\n");
        }
    }

    var megabytes = new FileInfo(input).Length / 1048576.0;
    var loadBefore = MeasuredCommand.LoadAverage();
    var run = await MeasuredCommand.RunAsync(dll, ["check", "--jsonl", input, "--out", output]);
    if (run.ExitCode != 0)
    {
        Console.Error.WriteLine($"check exited {run.ExitCode}:\n{run.Error}");
        return 1;
    }

    var results = File.ReadLines(output).Count();
    var peakMb = run.PeakMegabytes;
    var cpu = run.CpuSeconds;
    var rate = lines / run.Wall.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"check --jsonl: {lines:N0} lines ({megabytes:N0} MB, mix {mix}), {results:N0} results, {Path.GetFileName(dll)}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  end to end (start-up and pack loading included): {run.Wall.TotalSeconds:F1} s, {rate:N0} lines/s (target >= 300,000): {(rate >= 300_000 ? "met" : "MISSED")}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  CPU time (user + system): {cpu:F1} s ({cpu / run.Wall.TotalSeconds:F2} cores busy on average)"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  peak RSS (VmHWM): {peakMb:N0} MB"));
    Console.WriteLine($"  load average (1 min) before / after: {loadBefore} / {MeasuredCommand.LoadAverage()} on {Environment.ProcessorCount} cores");
    return results == lines ? 0 : 1;
}
finally
{
    File.Delete(input);
    File.Delete(output);
}

static (List<(string Text, List<string> Context)> Ordinary, List<(string Text, List<string> Context)> Others) CorpusLines(string folder)
{
    List<(string, List<string>)> ordinary = [];
    List<(string, List<string>)> others = [];
    foreach (var line in Directory.GetFiles(folder, "*.jsonl").Order(StringComparer.Ordinal).SelectMany(File.ReadLines).Where(l => l.Trim().Length > 0))
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var text = root.GetProperty("text").GetString()!;
        var context = root.TryGetProperty("context", out var c) && c.ValueKind == JsonValueKind.Array ? c.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
        var category = root.GetProperty("category").GetString();
        (category is "ordinary" or "other-sense" or "public-relationship" or "no-one" ? ordinary : others).Add((text, context));
    }

    return (ordinary, others);
}

