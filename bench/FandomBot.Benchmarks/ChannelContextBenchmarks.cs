using BenchmarkDotNet.Attributes;
using FandomBot.Core.Reminders;

namespace FandomBot.Benchmarks;

/// <summary>
/// The per-channel state each message touches (the context ring: snapshot, then add), with the chat spread over 20
/// channels and over 100,000 (five times the rings held, so nearly every message starts a channel and pushes the least
/// recently active one out: the worst case of the scale issue's "per-message cost unchanged at 100,000 channels").
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SharedMachineConfig))]
[MedianColumn]
public class ChannelContextBenchmarks
{
    private const int Messages = 4096;

    // The channel of each message, drawn once: a million draws, so the 100,000 channels really are visited at random.
    private const int Sequence = 1 << 20;
    private static readonly string[] Texts = ["did you see the new trailer", "he looked so happy at the premiere", "who is in the next episode?", "lol same"];

    private readonly SteppingClock _clock = new();
    private RecentMessages _rings = null!;
    private ulong[] _channels = [];
    private int _next;

    [Params(20, 100_000)]
    public int Channels { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _rings = new RecentMessages(_clock);
        var random = new Random(42);
        _channels = [.. Enumerable.Range(0, Sequence).Select(i => Channels == 20 ? (ulong)(i % 20) + 1 : (ulong)random.Next(1, Channels + 1))];

        // Warm the rings to their steady state: full (bounded) when the channels outnumber them.
        for (var i = 0; i < 200_000; i++)
        {
            Step();
        }
    }

    [Benchmark(OperationsPerInvoke = Messages, Description = "context ring: snapshot + add, per message")]
    public int SnapshotAndAdd()
    {
        var held = 0;
        for (var i = 0; i < Messages; i++)
        {
            held += Step();
        }

        return held;
    }

    private int Step()
    {
        var channel = _channels[_next++ & (Sequence - 1)];
        _clock.Advance();
        var context = _rings.Snapshot(channel);
        _rings.Add(channel / 10, channel, Texts[channel & 3]);
        return context.Count;
    }

    /// <summary>A clock that moves a millisecond per message: 4,096 messages stay well inside the five-minute window.</summary>
    private sealed class SteppingClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 5, 0, 0, 0, TimeSpan.Zero);

        public void Advance() => _now = _now.AddTicks(TimeSpan.TicksPerMillisecond / 1000);

        public override DateTimeOffset GetUtcNow() => _now;
    }
}
