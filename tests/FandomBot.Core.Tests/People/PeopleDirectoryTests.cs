using FandomBot.Core.Detection;
using FandomBot.Core.People;
using FandomBot.Core.Tests.Detection;
using Xunit;

namespace FandomBot.Core.Tests.People;

public sealed class PeopleDirectoryTests
{
    [Fact]
    public void A_guild_can_switch_packs_off()
    {
        var onlyBand = new SpeculationDetector(TestPacks.Directory.ForGuild(enabledPacks: ["test-band"]));

        Assert.False(onlyBand.Evaluate("joe locke is lowkey gay").Remind);
        Assert.True(onlyBand.Evaluate("rowan vale is lowkey gay").Remind);
        Assert.Equal(["test-band"], onlyBand.Directory.EnabledPacks);
    }

    [Fact]
    public void A_guilds_own_people_and_characters_are_recognised()
    {
        var guild = TestPacks.Directory.ForGuild(
            ownPeople: [new RealPerson("Ines Harrow", "Ines", "Harrow")],
            ownCharacters: [new FictionalCharacter("Juniper Vale", "Juniper")]);
        var detector = new SpeculationDetector(guild);

        Assert.True(detector.Evaluate("ines harrow is lowkey gay").Remind);
        Assert.False(detector.Evaluate("juniper is lowkey gay").Remind);
        Assert.True(detector.Evaluate("joe locke is lowkey gay").Remind);
        Assert.Equal(2, guild.OwnPeopleCount);
    }

    [Fact]
    public void Composing_a_guild_view_leaves_the_shared_directory_unchanged()
    {
        var shared = TestPacks.Directory;

        var guild = shared.ForGuild(enabledPacks: [], ownPeople: [new RealPerson("Ines Harrow", "Ines")]);

        // Who the verdict is about, not whether it reminds: the model may remind on an unknown first name by itself.
        Assert.Equal("Ines Harrow", new SpeculationDetector(guild).Evaluate("ines is lowkey gay").Person?.Name);
        Assert.True(TestPacks.Detector.Evaluate("joe locke is lowkey gay").Remind);
        Assert.NotEqual("Ines Harrow", TestPacks.Detector.Evaluate("ines is lowkey gay").Person?.Name);
    }

    [Fact]
    public void A_guild_with_5000_people_knows_every_one_of_them()
    {
        // How fast this builds is measured by DetectorBenchmarks.GuildWithFiveThousandPeople, not here.
        var people = Enumerable.Range(0, 5000).Select(i => new RealPerson($"person{i} surname{i}", $"person{i}", $"@handle{i}")).ToList();

        var guild = TestPacks.Directory.ForGuild(ownPeople: people);

        Assert.Equal(5000, guild.OwnPeopleCount);
        Assert.True(new SpeculationDetector(guild).Evaluate("person4321 surname4321 is lowkey gay").Remind);
        Assert.True(new SpeculationDetector(guild).Evaluate("@handle17 is lowkey gay").Remind);
    }
}
