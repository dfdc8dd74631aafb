using BenchmarkDotNet.Attributes;
using FandomBot.Core.People;

namespace FandomBot.Benchmarks;

/// <summary>Building the people directory: the shipped packs once, and a guild with 5,000 people of its own (≤ 50 ms).</summary>
[MemoryDiagnoser]
[Config(typeof(SharedMachineConfig))]
[MedianColumn]
public class DirectoryBenchmarks
{
    private const int GuildSize = 5000;

    private PeopleDirectory _shared = null!;
    private List<RealPerson> _guildPeople = [];
    private FandomPack _guildPack = null!;

    [GlobalSetup]
    public void Setup()
    {
        _shared = PeopleDirectory.FromPacks(BenchmarkData.ShippedPacks);
        _guildPeople = BenchmarkData.GuildPeople(GuildSize);
        _guildPack = new FandomPack("guild", "Guild", "server", null, _guildPeople, []);
    }

    [Benchmark(Description = "guild directory: shared packs + 5,000 own people")]
    public PeopleDirectory GuildWithFiveThousandPeople() => _shared.ForGuild(enabledPacks: null, ownPeople: _guildPeople);

    [Benchmark(Description = "directory from a 5,000-person pack")]
    public PeopleDirectory PackWithFiveThousandPeople() => PeopleDirectory.FromPacks([_guildPack]);

    [Benchmark(Description = "directory from all shipped packs")]
    public PeopleDirectory ShippedPacks() => PeopleDirectory.FromPacks(BenchmarkData.ShippedPacks);
}
