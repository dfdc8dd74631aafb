using FandomBot.Detectors;
using FandomBot.Storage;
using FandomBot.Tests.Cli;
using FandomBot.Tests.Reminders;
using Xunit;
using static FandomBot.Tests.Reminders.ReminderScenario;

namespace FandomBot.Tests.Detectors;

public sealed class GuildDetectorsTests
{
    [Fact]
    public async Task A_guild_that_changed_nothing_shares_the_built_in_detector()
    {
        await using var scenario = await StartAsync();
        var cache = scenario.Bot.Get<GuildDetectors>();

        var detector = await cache.ForAsync(Guild, TestContext.Current.CancellationToken);

        Assert.Same(cache.Shared, detector);
        Assert.Equal(0, cache.CachedGuildCount);
        Assert.Contains(cache.Packs, pack => pack.Name == "heartstopper");
    }

    [Fact]
    public async Task A_person_the_moderators_add_is_recognised_from_the_next_message_on()
    {
        await using var scenario = await StartAsync();
        var cancellationToken = TestContext.Current.CancellationToken;
        Succeeded(await scenario.Store.SetModLogChannelAsync(Guild, ModLogChannel, cancellationToken));
        var before = await scenario.SendAsync("marlowe fenwick is definitely gay", author: 1);
        await scenario.SettleAsync();

        Succeeded(await scenario.Store.AddPersonAsync(Guild, new GuildPerson("Marlowe Fenwick", ["Marlowe"], PersonKind.Real), cancellationToken));
        var after = await scenario.SendAsync("marlowe fenwick is definitely gay", author: 2);

        await scenario.ReplyToAsync(after);
        Assert.Empty(scenario.RepliesTo(before));
        var line = await scenario.PostedInAsync(ModLogChannel, r => r.Body!["content"]!.GetValue<string>().Contains("`2`", StringComparison.Ordinal));
        Assert.Contains("Marlowe Fenwick", line.Body!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotSame(scenario.Bot.Get<GuildDetectors>().Shared, await scenario.Bot.Get<GuildDetectors>().ForAsync(Guild, cancellationToken));
    }

    [Fact]
    public async Task A_pack_switched_off_no_longer_names_its_people()
    {
        await using var scenario = await StartAsync();
        Succeeded(await scenario.Store.SetPackEnabledAsync(Guild, "heartstopper", false, TestContext.Current.CancellationToken));

        const string AboutYasmin = "yasmin finney is lowkey gay ngl";
        var elsewhere = await scenario.SendAsync(AboutYasmin, guild: OtherGuild, channel: 700UL << 22);

        await scenario.ReplyToAsync(elsewhere);
        await scenario.SettleAsync(channel: 700UL << 22, guild: OtherGuild);

        // The guild's detector no longer knows her as the pack's person (an unknown full name beside speculation's
        // wording may still remind on its own, so whether this guild got a reminder is not the test).
        var cache = scenario.Bot.Get<GuildDetectors>();
        var switchedOff = (await cache.ForAsync(Guild, TestContext.Current.CancellationToken)).Evaluate(AboutYasmin);
        Assert.Equal("heartstopper", cache.Shared.Evaluate(AboutYasmin).Person?.Pack);
        Assert.Null(switchedOff.Person?.Pack);
        Assert.NotEqual("Yasmin Finney", switchedOff.Person?.Name);
    }

    [Fact]
    public async Task A_guild_detector_is_rebuilt_when_its_settings_change_and_dropped_when_forgotten()
    {
        await using var scenario = await StartAsync();
        var cancellationToken = TestContext.Current.CancellationToken;
        var cache = scenario.Bot.Get<GuildDetectors>();
        Succeeded(await scenario.Store.AddPersonAsync(Guild, new GuildPerson("Marlowe Fenwick", PersonKind.Real), cancellationToken));
        var first = await cache.ForAsync(Guild, cancellationToken);
        Assert.Same(first, await cache.ForAsync(Guild, cancellationToken));

        Succeeded(await scenario.Store.AddPersonAsync(Guild, new GuildPerson("Tobias Baker", PersonKind.Fictional), cancellationToken));
        var second = await cache.ForAsync(Guild, cancellationToken);

        Assert.NotSame(first, second);
        Assert.Equal(2, second.Directory.OwnPeopleCount);
        cache.Forget(Guild);
        Assert.Equal(0, cache.CachedGuildCount);
    }

    [Fact]
    public async Task Customised_guilds_detectors_are_bounded_keeping_the_recently_used()
    {
        await using var scenario = await StartAsync();
        using var cache = new GuildDetectors(scenario.Bot.Get<BuiltInFandoms>(), scenario.Store, capacity: 10);
        GuildSettings Customised(ulong guild) => new() { GuildId = guild, Version = 1, People = [new GuildPerson("Marlowe Fenwick", PersonKind.Real)] };
        var kept = cache.For(Customised(1));

        for (ulong guild = 2; guild <= 1_000; guild++)
        {
            cache.For(Customised(guild));
            Assert.Same(kept, cache.For(Customised(1)));
        }

        Assert.InRange(cache.CachedGuildCount, 5, 10);
    }

    [Fact]
    public async Task A_broken_fandom_pack_stops_start_up_with_one_line_naming_the_file()
    {
        var folder = Directory.CreateTempSubdirectory("broken-packs-");
        var file = Path.Combine(folder.FullName, "broken.json");
        await File.WriteAllTextAsync(file, "{ \"name\": \"broken\",\n", TestContext.Current.CancellationToken);
        try
        {
            var (exitCode, _, error) = await CommandLineRunner.RunAsync("run", "--Discord:Token=MTAwMDAwMDAwMDAwMDAwMDAx.test.token", $"--Fandoms:Path={folder.FullName}");

            Assert.Equal(2, exitCode);
            Assert.StartsWith(file, Assert.Single(CommandLineRunner.Lines(error)), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
