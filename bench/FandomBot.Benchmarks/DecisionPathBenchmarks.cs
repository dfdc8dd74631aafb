using BenchmarkDotNet.Attributes;
using FandomBot.Core.Detection;
using FandomBot.Core.People;
using FandomBot.Core.Reminders;

namespace FandomBot.Benchmarks;

/// <summary>
/// The live bot's work per message around the detector, before and after it took Core's decision path: the policy's
/// check with cooldowns and the context ring's take-and-add (before), against the path's screen, context rule,
/// detector mentions and cooldown check (after). Both run the detector on the same message, so the difference is the
/// path's own cost. Short runs (see SharedMachineConfig): compare the two rows of one run, not runs.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SharedMachineConfig))]
[MedianColumn]
public class DecisionPathBenchmarks
{
    private const ulong Guild = 1;
    private const ulong Channel = 10;
    private const ulong Author = 100;
    private const string Text = "did anyone watch the new episode last night? the soundtrack was so good";

    private readonly ReminderSettings _settings = ReminderSettings.Default;
    private SpeculationDetector _detector = null!;
    private RecentMessages _recent = null!;
    private ReminderCooldowns _cooldowns = null!;

    [GlobalSetup]
    public void Setup()
    {
        _detector = new SpeculationDetector(PeopleDirectory.FromPacks(BenchmarkData.ShippedPacks));
        _recent = new RecentMessages(TimeProvider.System);
        _cooldowns = new ReminderCooldowns(TimeProvider.System);
        foreach (var text in BenchmarkData.ChannelContext)
        {
            _recent.Add(Guild, Channel, text);
        }
    }

    [Benchmark(Baseline = true, Description = "before: Check + take-and-add + detector")]
    public bool Before()
    {
        var facts = new MessageFacts(Guild, Channel, null, Author, false, []);
        var gate = ReminderPolicy.Check(_settings, facts, _cooldowns);
        var context = _recent.Snapshot(Channel);
        _recent.Add(Guild, Channel, Text);
        return gate == ReminderGate.Open && _detector.Evaluate(Text, Author, context, null).Remind;
    }

    [Benchmark(Description = "after: decision path steps + detector")]
    public bool After()
    {
        var facts = new MessageFacts(Guild, Channel, null, Author, false, []);
        var incoming = new IncomingMessage(facts, Text, DateTimeOffset.UnixEpoch, null, []);
        var screened = ReminderDecisionPath.Screen(_settings, facts);
        var needsDetector = ReminderDecisionPath.NeedsDetector(screened, incoming.Text);
        var context = needsDetector ? _recent.Snapshot(Channel) : [];
        if (ReminderDecisionPath.HoldsAsContext(_settings, facts))
        {
            _recent.Add(Guild, Channel, incoming.Text);
        }

        return needsDetector
            && !ReminderDecisionPath.CoolingDown(screened, Guild, Author, _cooldowns)
            && _detector.Evaluate(incoming.Text, Author, context, ReminderDecisionPath.DetectorMentions(incoming)).Remind;
    }
}
