using BenchmarkDotNet.Attributes;
using FandomBot.Replay.Export;
using FandomBot.ReplayBench;

namespace FandomBot.Benchmarks;

/// <summary>
/// Reading a DiscordChatExporter export (indented, every field the exporter writes) from memory, message by message:
/// the replay's reading stage without the disk, the detector or the second thread. With and without the fast message
/// scanner, so its gain over the token reader is measured on the same bytes. Divide 16 MB by the time for MB/s.
/// </summary>
[Config(typeof(SharedMachineConfig))]
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class ExportReaderBenchmarks
{
    private byte[] _export = [];

    [Params(false, true)]
    public bool Scanner { get; set; }

    public int Messages { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        using var stream = new MemoryStream();
        var generator = new ExportGenerator(["Kit Connor", "Joe Locke", "Taylor Swift"]);
        generator.Write(stream, 16L * 1024 * 1024);
        _export = stream.ToArray();
        Messages = (int)generator.MessagesWritten;
    }

    [Benchmark(Description = "read a 16 MB export")]
    public int Read()
    {
        var reader = new ExportReader(new MemoryStream(_export, writable: false), "bench.json", new ExportAuthorCache(), ExportReader.InitialBufferSize, Scanner);
        var count = 0;
        while (reader.TryReadNext(out _))
        {
            count++;
        }

        return count;
    }
}
