using System.Diagnostics;
using System.Globalization;
using FandomBot.Trainer;

namespace FandomBot.EmbeddingExperiment;

/// <summary>
/// What one embedding costs on this machine, as the detector would pay it: one thread, one short chat message per call,
/// after a warm-up. Prints the median and p99 time, managed bytes allocated per call (ONNX Runtime's native buffers are
/// not counted by the GC and are reported through the process's memory instead), the process's memory before and after
/// the model is loaded, and, for comparison, the time per message when messages are embedded sixteen at a time.
/// </summary>
internal static class EmbeddingCost
{
    private const int WarmUp = 200;
    private const int Timed = 2000;

    public static void Run(TrainingInputs inputs, TextWriter log)
    {
        // Real chat messages of every language, spread over the corpus (training lines only).
        var texts = inputs.TrainingFolders.SelectMany(CorpusReader.ReadFolder).Select(l => l.Text).Distinct(StringComparer.Ordinal).ToList();
        var messages = Enumerable.Range(0, Timed).Select(i => texts[(int)((long)i * texts.Count / Timed)]).ToArray();
        var lengths = messages.Select(m => m.Length).Order().ToArray();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{messages.Length} messages, median {lengths[lengths.Length / 2]} characters, p99 {lengths[(int)(lengths.Length * 0.99)]}"));

        var before = Memory();
        var clock = Stopwatch.StartNew();
        using var encoder = SentenceEmbeddings.CreateEncoder(threads: 1);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model loaded in {clock.Elapsed.TotalMilliseconds:F0} ms"));
        var loaded = Memory();
        for (var i = 0; i < WarmUp; i++)
        {
            encoder.Encode([messages[i % messages.Length]], CancellationToken.None);
        }

        var micros = new double[Timed];
        var bytes = new long[Timed];
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < Timed; i++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            encoder.Encode([messages[i]], CancellationToken.None);
            micros[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            bytes[i] = GC.GetAllocatedBytesForCurrentThread() - allocated;
        }

        // CPU time, unlike wall time, hardly moves when other work shares the two cores.
        var cpuPerCall = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / Timed;
        var warm = Memory();
        Array.Sort(micros);
        Array.Sort(bytes);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one message per call, one thread: median {micros[Timed / 2]:F0} µs, p90 {micros[(int)(Timed * 0.9)]:F0} µs, p99 {micros[(int)(Timed * 0.99)]:F0} µs, mean {micros.Average():F0} µs (process CPU time {cpuPerCall:F0} µs per call); managed bytes allocated per call: median {bytes[Timed / 2]:N0}, p99 {bytes[(int)(Timed * 0.99)]:N0}"));

        clock.Restart();
        for (var start = 0; start < Timed; start += 16)
        {
            encoder.Encode(messages.Skip(start).Take(16).ToArray(), CancellationToken.None);
        }

        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sixteen messages per call, one thread: {clock.Elapsed.TotalMicroseconds / Timed:F0} µs per message"));
        log.WriteLine($"process memory (working set / private): before the model {before}, loaded {loaded}, after {Timed + WarmUp} calls {warm}");
    }

    private static string Memory()
    {
        using var process = Process.GetCurrentProcess();
        return string.Create(CultureInfo.InvariantCulture, $"{process.WorkingSet64 / (1 << 20)} / {process.PrivateMemorySize64 / (1 << 20)} MiB");
    }
}
