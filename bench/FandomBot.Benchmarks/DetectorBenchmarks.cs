using BenchmarkDotNet.Attributes;
using FandomBot.Core.Detection;
using FandomBot.Core.People;

namespace FandomBot.Benchmarks;

/// <summary>
/// The detector on one core: a single ordinary message (must not allocate), a message that reaches the model (median
/// ≤ 5 µs: with an orientation word, or with hint words only), and a realistic channel mix (≥ 1,000,000 messages/s). Short runs (see SharedMachineConfig): the machine is shared.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SharedMachineConfig))]
[MedianColumn]
public class DetectorBenchmarks
{
    private const int MixSize = 1000;

    private SpeculationDetector _detector = null!;
    private string[] _mix = [];
    private string[] _context = [];
    private ContextMessage[] _preparedContext = [];

    [GlobalSetup]
    public void Setup()
    {
        _detector = new SpeculationDetector(PeopleDirectory.FromPacks(BenchmarkData.ShippedPacks));
        _mix = BenchmarkData.RealisticMix(MixSize);
        _context = BenchmarkData.ChannelContext;
        _preparedContext = [.. _context.Select(text => new ContextMessage(text))];
    }

    [Benchmark(Description = "message with no cue word")]
    public DetectionVerdict NoCueWord() => _detector.Evaluate("did anyone watch the new episode last night? the soundtrack was so good");

    [Benchmark(Description = "ordinary message naming a person (no cue word)")]
    public DetectionVerdict OrdinaryMessage() => _detector.Evaluate("the cast's chemistry in s2 is unreal, kit connor at the premiere looked amazing");

    /// <summary>No orientation word, but "dating" and 👀: the rules have nothing to weigh, the model reads it.</summary>
    [Benchmark(Description = "message with hint words only (reaches the model)")]
    public DetectionVerdict HintMessage() => _detector.Evaluate("declan and mason are so dating, look at that hug 👀");

    [Benchmark(Description = "message with an orientation word")]
    public DetectionVerdict OrientationMessage() => _detector.Evaluate("kit connor is lowkey gay ngl");

    /// <summary>The live bot's and the replay's case: a pronoun sends the detector to the channel's ten earlier messages.</summary>
    [Benchmark(Description = "orientation word + 10 context messages (strings)")]
    public DetectionVerdict OrientationWithContext() => _detector.Evaluate("he's gotta be gay", 0, _context);

    [Benchmark(Description = "orientation word + 10 context messages (ContextMessage)")]
    public DetectionVerdict OrientationWithPreparedContext() => _detector.EvaluateInContext("he's gotta be gay", 0, _preparedContext);

    [Benchmark(Description = "realistic mix, per message (90% chat / 10% orientation words)", OperationsPerInvoke = MixSize)]
    public int RealisticMix()
    {
        var reminders = 0;
        foreach (var message in _mix)
        {
            if (_detector.Evaluate(message).Remind)
            {
                reminders++;
            }
        }

        return reminders;
    }
}
