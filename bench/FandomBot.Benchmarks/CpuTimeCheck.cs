using System.Diagnostics;
using System.Globalization;
using FandomBot.Core.Detection;
using FandomBot.Core.People;

namespace FandomBot.Benchmarks;

/// <summary>
/// A companion to the BenchmarkDotNet runs for a crowded machine: the same detector cases timed in process CPU time
/// rather than wall-clock time, so other people's processes taking the core do not count. Best of five rounds.
/// <c>dotnet run -c Release --project bench/FandomBot.Benchmarks -- --cpu-time</c>
/// </summary>
internal static class CpuTimeCheck
{
    private const int Rounds = 5;

    private static readonly string[] SpeculatingContext = ["ok but kit connor is so gay lmao"];

    public static void Run(TextWriter output)
    {
        var shared = PeopleDirectory.FromPacks(BenchmarkData.ShippedPacks);
        var detector = new SpeculationDetector(shared);
        var mix = BenchmarkData.RealisticMix(1000);
        var guildPeople = BenchmarkData.GuildPeople(5000);

        Report(output, "message with no cue word", 200_000, () => detector.Evaluate("did anyone watch the new episode last night? the soundtrack was so good"));
        Report(output, "ordinary message naming a person (no cue word)", 200_000, () => detector.Evaluate("the cast's chemistry in s2 is unreal, kit connor at the premiere looked amazing"));
        Report(output, "message with hint words only (reaches the model)", 100_000, () => detector.Evaluate("declan and mason are so dating, look at that hug 👀"));
        Report(output, "message with an orientation word", 100_000, () => detector.Evaluate("kit connor is lowkey gay ngl"));
        Report(output, "orientation word + 10 context messages (strings)", 100_000, () => detector.Evaluate("he's gotta be gay", 0, BenchmarkData.ChannelContext));
        Report(output, "realistic mix, per message", 200_000, () =>
        {
            foreach (var message in mix)
            {
                detector.Evaluate(message);
            }
        }, perCall: mix.Length);
        Report(output, "no cue word, replying to a message that speculated (reaches the model)", 100_000, () => detector.Evaluate("ha yes, months ago already", 0, SpeculatingContext));
        var windows = BenchmarkData.ChannelWindows(mix, 10);
        Report(output, "realistic mix in one channel, per message (the 10 before it as context)", 200_000, () =>
        {
            for (var i = 0; i < mix.Length; i++)
            {
                detector.Evaluate(mix[i], 0, windows[i]);
            }
        }, perCall: mix.Length);
        Report(output, "guild directory: shared packs + 5,000 own people", 20, () => shared.ForGuild(enabledPacks: null, ownPeople: guildPeople));

        var path = new DecisionPathBenchmarks();
        path.Setup();
        Report(output, "live path around the detector, before (Check + take-and-add)", 200_000, () => path.Before());
        Report(output, "live path around the detector, after (decision path steps)", 200_000, () => path.After());

        var reading = new ExportReaderBenchmarks();
        reading.Setup();
        reading.Scanner = false;
        Report(output, $"replay reading, token reader only, per message ({reading.Messages:N0} in 16 MB)", 20, () => reading.Read());
        reading.Scanner = true;
        Report(output, $"replay reading, message scanner, per message ({reading.Messages:N0} in 16 MB)", 20, () => reading.Read());
    }

    private static void Report(TextWriter output, string name, int calls, Func<int> read) =>
        Report(output, name, calls, () => read(), perCall: 1, perRead: read());

    private static void Report(TextWriter output, string name, int calls, Action action, int perCall = 1, int perRead = 1)
    {
        var iterations = Math.Max(1, calls / perCall);
        for (var i = 0; i < Math.Max(1, iterations / 10); i++)
        {
            action();
        }

        var best = double.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < Rounds; round++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            for (var i = 0; i < iterations; i++)
            {
                action();
            }

            process.Refresh();
            best = Math.Min(best, (process.TotalProcessorTime - before).TotalMilliseconds * 1_000_000 / (iterations * (double)perCall));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {best / perRead:N0} ns CPU per operation"));
    }
}
