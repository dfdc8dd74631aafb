using System.Collections.Immutable;
using Xunit;

namespace FandomBot.Storage.Tests;

/// <summary>The /people data, packs, counters and forgetting a guild.</summary>
public abstract partial class SettingsStoreContract
{
    [Fact]
    public async Task People_are_added_listed_in_name_order_and_removed_ignoring_case()
    {
        var store = await StartStoreAsync();

        Value(await store.AddPersonAsync(Guild, new GuildPerson("Zendaya", ["Z"], PersonKind.Real), Ct));
        Value(await store.AddPersonAsync(Guild, new GuildPerson("Ángela Aguilar", PersonKind.Real), Ct));
        Value(await store.AddPersonAsync(Guild, new GuildPerson("aragorn", ["Strider", "Elessar"], PersonKind.Fictional), Ct));
        Value(await store.RemovePersonAsync(Guild, "ZENDAYA", Ct));

        var people = (await ReloadAsync()).People;
        Assert.Equal(["aragorn", "Ángela Aguilar"], people.Select(person => person.Name));
        Assert.Equal(new GuildPerson("aragorn", ["Strider", "Elessar"], PersonKind.Fictional), people[0]);
        Assert.Equal(PersonKind.Fictional, (await ReloadAsync()).FindPerson("strider")?.Kind);
        Assert.Equal(StoreErrorKind.NotFound, (await store.RemovePersonAsync(Guild, "Zendaya", Ct)).Error?.Kind);
    }

    [Fact]
    public async Task Adding_a_person_again_replaces_their_aliases_and_kind()
    {
        var store = await StartStoreAsync();

        Value(await store.AddPersonAsync(Guild, new GuildPerson("Sam", ["Sammy"], PersonKind.Real), Ct));
        Value(await store.AddPersonAsync(Guild, new GuildPerson("SAM", ["Samwise", "samwise", "Sam"], PersonKind.Fictional), Ct));

        var person = Assert.Single((await ReloadAsync()).People);
        Assert.Equal(new GuildPerson("SAM", ["Samwise"], PersonKind.Fictional), person);
    }

    [Fact]
    public async Task Names_up_to_100_characters_are_kept_exactly_as_given_and_longer_ones_rejected()
    {
        var store = await StartStoreAsync();
        var hundredEmoji = string.Concat(Enumerable.Repeat("🏳️", 50)); // 50 × (flag + variation selector) = 100 characters
        var markdown = "**@everyone** <@123> `x`";

        Value(await store.AddPersonAsync(Guild, new GuildPerson(new string('a', 100), PersonKind.Real), Ct));
        Value(await store.AddPersonAsync(Guild, new GuildPerson(hundredEmoji, PersonKind.Real), Ct));
        Value(await store.AddPersonAsync(Guild, new GuildPerson(markdown, PersonKind.Real), Ct));
        var tooLong = await store.AddPersonAsync(Guild, new GuildPerson(new string('b', 101), PersonKind.Real), Ct);
        var aliasTooLong = await store.AddPersonAsync(Guild, new GuildPerson("c", [new string('c', 101)], PersonKind.Real), Ct);

        Assert.Equal(StoreErrorKind.Invalid, tooLong.Error?.Kind);
        Assert.Contains("at most 100 characters (got 101)", tooLong.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(StoreErrorKind.Invalid, aliasTooLong.Error?.Kind);
        var names = (await ReloadAsync()).People.Select(person => person.Name).ToList();
        Assert.Equal(3, names.Count);
        Assert.Contains(hundredEmoji, names);
        Assert.Contains(markdown, names);
    }

    [Fact]
    public async Task More_than_20_aliases_are_rejected()
    {
        var store = await StartStoreAsync();
        var twenty = Enumerable.Range(1, 20).Select(i => $"alias {i}").ToImmutableArray();

        Value(await store.AddPersonAsync(Guild, new GuildPerson("Twenty", twenty, PersonKind.Real), Ct));
        var result = await store.AddPersonAsync(Guild, new GuildPerson("TwentyOne", twenty.Add("one more"), PersonKind.Real), Ct);

        Assert.Equal(StoreErrorKind.Invalid, result.Error?.Kind);
        Assert.Contains("at most 20 aliases (got 21)", result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(20, Assert.Single((await ReloadAsync()).People).Aliases.Length);
    }

    [Theory]
    [InlineData("nul\0byte")]
    [InlineData("line\nbreak")]
    [InlineData("   ")]
    [InlineData("")]
    public async Task Names_with_control_characters_invalid_unicode_or_nothing_in_them_never_reach_the_database(string name)
    {
        var store = await StartStoreAsync();

        var asName = await store.AddPersonAsync(Guild, new GuildPerson(name, PersonKind.Real), Ct);
        var asAlias = await store.AddPersonAsync(Guild, new GuildPerson("Valid", [name], PersonKind.Real), Ct);
        var asPack = await store.SetPackEnabledAsync(Guild, name, false, Ct);

        Assert.Equal(StoreErrorKind.Invalid, asName.Error?.Kind);
        Assert.Equal(StoreErrorKind.Invalid, asAlias.Error?.Kind);
        Assert.Equal(StoreErrorKind.Invalid, asPack.Error?.Kind);
        Assert.Equal(0, (await ReloadAsync()).Version);
    }

    [Fact]
    public async Task A_name_with_a_lone_surrogate_is_rejected_before_the_database()
    {
        // Not a theory: test-case serialisation would replace the lone surrogate before the test saw it.
        var store = await StartStoreAsync();
        var name = "lone " + '\uD800' + " surrogate";

        var result = await store.AddPersonAsync(Guild, new GuildPerson(name, PersonKind.Real), Ct);

        Assert.Equal(StoreErrorKind.Invalid, result.Error?.Kind);
        Assert.Contains("invalid Unicode", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_guild_may_have_2000_people_and_not_one_more()
    {
        var store = await StartStoreAsync();
        var people = Enumerable.Range(1, SettingsLimits.MaxPeoplePerGuild)
            .Select(i => new GuildPerson($"Person {i}", [$"P{i}"], i % 2 == 0 ? PersonKind.Real : PersonKind.Fictional))
            .ToList();

        Value(await store.AddPeopleAsync(Guild, people, Ct));
        var oneMore = await store.AddPersonAsync(Guild, new GuildPerson("Person 2001", PersonKind.Real), Ct);
        var replacing = await store.AddPersonAsync(Guild, new GuildPerson("person 1", ["changed"], PersonKind.Real), Ct);
        var tooManyAtOnce = await store.AddPeopleAsync(OtherGuild, [.. people, new GuildPerson("Person 2001", PersonKind.Real)], Ct);

        Assert.Equal(StoreErrorKind.LimitReached, oneMore.Error?.Kind);
        Assert.Contains("at most 2000 people", oneMore.Error!.Message, StringComparison.Ordinal);
        Assert.True(replacing.IsSuccess, "Replacing an existing person does not count against the limit.");
        Assert.Equal(StoreErrorKind.LimitReached, tooManyAtOnce.Error?.Kind);
        Assert.Equal(2000, (await ReloadAsync()).People.Length);
        Assert.Empty((await ReloadAsync(OtherGuild)).People);
    }

    [Fact]
    public async Task Built_in_packs_are_switched_off_and_on_per_guild()
    {
        var store = await StartStoreAsync();

        Value(await store.SetPackEnabledAsync(Guild, "kpop", false, Ct));
        Value(await store.SetPackEnabledAsync(Guild, "anime", false, Ct));
        Value(await store.SetPackEnabledAsync(Guild, "anime", true, Ct));

        var reloaded = await ReloadAsync();
        Assert.Equal(["kpop"], reloaded.DisabledPackIds);
        Assert.False(reloaded.IsPackEnabled("kpop"));
        Assert.True(reloaded.IsPackEnabled("anime"));
        Assert.True((await ReloadAsync(OtherGuild)).IsPackEnabled("kpop"));
    }

    [Fact]
    public async Task Counters_count_without_changing_the_settings()
    {
        var store = await StartStoreAsync();
        var changes = 0;
        store.GuildSettingsChanged += (_, _) => Interlocked.Increment(ref changes);
        var before = await store.GetAsync(Guild, Ct);

        Value(await store.IncrementCounterAsync(Guild, GuildCounter.RemindersSent, Ct));
        Value(await store.IncrementCounterAsync(Guild, GuildCounter.RemindersSent, Ct));
        var last = Value(await store.IncrementCounterAsync(Guild, GuildCounter.FalsePositiveReports, Ct));

        Assert.Equal(new GuildCounters(Guild, 2, 1), last);
        Assert.Equal(new GuildCounters(Guild, 2, 1), Value(await (await StartStoreAsync()).GetCountersAsync(Guild, Ct)));
        Assert.Equal(before.Version, (await ReloadAsync()).Version);
        Assert.Equal(0, changes);
    }

    [Fact]
    public async Task Forgetting_a_guild_erases_every_row_it_had_and_nothing_of_other_guilds()
    {
        var store = await StartStoreAsync();
        await ConfigureEverythingAsync(store, Guild);
        await ConfigureEverythingAsync(store, OtherGuild);
        Assert.True(await CountRowsOfGuildAsync(Guild) > 6);

        Assert.True(Value(await store.ForgetGuildAsync(Guild, Ct)));

        Assert.Equal(0, await CountRowsOfGuildAsync(Guild));
        Assert.True((await store.GetAsync(Guild, Ct)).HasSameSettingsAs(GuildSettings.Defaults(Guild)));
        Assert.True((await ReloadAsync()).HasSameSettingsAs(GuildSettings.Defaults(Guild)));
        Assert.Equal(GuildCounters.None(Guild), Value(await store.GetCountersAsync(Guild, Ct)));
        Assert.Equal(2, (await ReloadAsync(OtherGuild)).People.Length);
        Assert.False(Value(await store.ForgetGuildAsync(Guild, Ct)), "Nothing left to forget the second time.");
    }
}
