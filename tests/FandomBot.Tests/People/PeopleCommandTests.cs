using System.Collections.Immutable;
using FandomBot.Discord.Fake.Gateway;
using FandomBot.Detectors;
using FandomBot.Storage;
using FandomBot.Tests.Interactions;
using FandomBot.Tests.Harness;
using Xunit;
using O = FandomBot.Discord.Fake.Gateway.FakeInteractionOption;

namespace FandomBot.Tests.People;

public sealed class PeopleCommandTests
{
    private const ulong Guild = FakeInteraction.DefaultGuildId;

    private static FakeInteraction People(O subcommand) => FakeInteraction.SlashCommand("people", subcommand).AsModerator();

    [Fact]
    public async Task Add_list_and_remove_store_names_as_given_and_show_them_escaped()
    {
        await using var bot = await BotTestHost.StartAsync();
        var store = bot.Get<ISettingsStore>();
        const string name = "**Sam** _the_ @everyone <@42>";

        var added = await bot.InteractAsync(People(O.Subcommand("add", O.Text("name", name), O.Text("kind", "real"), O.Text("aliases", "Sammy, S.J. , ,Sammy"))));
        var fictional = await bot.InteractAsync(People(O.Subcommand("add", O.Text("name", "Nick Nelson"), O.Text("kind", "fictional"))));

        Assert.True(added.IsEphemeral);
        Assert.Equal("Added \\*\\*Sam\\*\\* \\_the\\_ @\u200Beveryone \\<@\u200B42\\> (real person), with 2 other names.", added.Content);
        Assert.Equal("Added Nick Nelson (fictional character), with 0 other names.", fictional.Content);
        var stored = (await store.GetAsync(Guild, TestContext.Current.CancellationToken)).FindPerson(name);
        Assert.NotNull(stored);
        Assert.Equal(name, stored.Name);
        Assert.Equal(["Sammy", "S.J."], stored.Aliases);

        var list = await bot.InteractAsync(People(O.Subcommand("list")));
        Assert.Contains("People and characters added here (2):", list.Content, StringComparison.Ordinal);
        Assert.Contains("• \\*\\*Sam\\*\\* \\_the\\_ @\u200Beveryone \\<@\u200B42\\> — real person · also: Sammy, S.J.", list.Content, StringComparison.Ordinal);
        Assert.Contains("• Nick Nelson — fictional character", list.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("@everyone", list.Content, StringComparison.Ordinal);

        var removed = await bot.InteractAsync(People(O.Subcommand("remove", O.Text("name", "nick nelson"))));
        Assert.Equal("Removed nick nelson.", removed.Content);
        var missing = await bot.InteractAsync(People(O.Subcommand("remove", O.Text("name", "Nobody"))));
        Assert.Equal("Nobody named Nobody was added here.", missing.Content);
        Assert.Single((await store.GetAsync(Guild, TestContext.Current.CancellationToken)).People);
        bot.AssertNothingMentionsAnyoneAndNoContractViolations();
    }

    [Fact]
    public async Task Bad_input_gets_an_explanation_and_stores_nothing()
    {
        await using var bot = await BotTestHost.StartAsync();
        var store = bot.Get<ISettingsStore>();
        var ct = TestContext.Current.CancellationToken;

        var longName = await bot.InteractAsync(People(O.Subcommand("add", O.Text("name", new string('a', 101)), O.Text("kind", "real"))));
        var manyAliases = await bot.InteractAsync(People(O.Subcommand("add", O.Text("name", "Alex"), O.Text("kind", "real"), O.Text("aliases", string.Join(',', Enumerable.Range(1, 21).Select(i => $"a{i}"))))));
        var longAlias = await bot.InteractAsync(People(O.Subcommand("add", O.Text("name", "Alex"), O.Text("kind", "real"), O.Text("aliases", new string('b', 120)))));

        Assert.Equal("A name may be at most 100 characters; this one has 101.", longName.Content);
        Assert.Equal("A person may have at most 20 other names; you gave 21.", manyAliases.Content);
        Assert.Equal("Each other name may be at most 100 characters; one has 120.", longAlias.Content);
        Assert.All([longName, manyAliases, longAlias], answer => Assert.True(answer.IsEphemeral));
        Assert.Empty((await store.GetAsync(Guild, ct)).People);

        var full = Enumerable.Range(0, SettingsLimits.MaxPeoplePerGuild).Select(i => new GuildPerson($"Person {i}", PersonKind.Real)).ToList();
        Assert.True((await store.AddPeopleAsync(Guild, full, ct)).IsSuccess);
        var tooMany = await bot.InteractAsync(People(O.Subcommand("add", O.Text("name", "One More"), O.Text("kind", "real"))));
        Assert.Equal("This server already has the most people it may add (2,000); remove some first.", tooMany.Content);
        Assert.Equal(SettingsLimits.MaxPeoplePerGuild, (await store.GetAsync(Guild, ct)).People.Length);

        var list = await bot.InteractAsync(People(O.Subcommand("list")));
        Assert.InRange(list.Content.Length, 100, 2000);
        Assert.Contains("… (+", list.Content, StringComparison.Ordinal);
        bot.AssertNothingMentionsAnyoneAndNoContractViolations();
    }

    [Fact]
    public async Task Fandoms_lists_the_built_in_packs_and_fandom_switches_one_off_and_on()
    {
        await using var bot = await BotTestHost.StartAsync();
        var store = bot.Get<ISettingsStore>();
        var ct = TestContext.Current.CancellationToken;
        var packs = bot.Get<GuildDetectors>().Packs;
        Assert.NotEmpty(packs);
        var pack = packs[0];

        var before = await bot.InteractAsync(People(O.Subcommand("fandoms")));
        Assert.StartsWith("Built-in fandom packs:", before.Content, StringComparison.Ordinal);
        Assert.Contains($"(`{pack.Name}`) — on", before.Content, StringComparison.Ordinal);

        var off = await bot.InteractAsync(People(O.Subcommand("fandom", O.Text("name", pack.Name), O.Text("state", "off"))));
        Assert.EndsWith("is now off.", off.Content, StringComparison.Ordinal);
        Assert.False((await store.GetAsync(Guild, ct)).IsPackEnabled(pack.Name));
        Assert.Contains($"(`{pack.Name}`) — off", (await bot.InteractAsync(People(O.Subcommand("fandoms")))).Content, StringComparison.Ordinal);

        await bot.InteractAsync(People(O.Subcommand("fandom", O.Text("name", pack.Name), O.Text("state", "on"))));
        Assert.True((await store.GetAsync(Guild, ct)).IsPackEnabled(pack.Name));

        var unknown = await bot.InteractAsync(People(O.Subcommand("fandom", O.Text("name", "no-such-pack"), O.Text("state", "off"))));
        Assert.Equal("There is no built-in pack named no-such-pack; /people fandoms lists them.", unknown.Content);
        bot.AssertNothingMentionsAnyoneAndNoContractViolations();
    }

    [Fact]
    public async Task Fandom_and_remove_autocomplete_for_moderators_only()
    {
        await using var bot = await BotTestHost.StartAsync();
        var packs = bot.Get<GuildDetectors>().Packs;
        await bot.Get<ISettingsStore>().AddPeopleAsync(Guild, [new GuildPerson("Robin", PersonKind.Real), new GuildPerson("Rowan", ImmutableArray<string>.Empty, PersonKind.Fictional), new GuildPerson("Kim", PersonKind.Real)], TestContext.Current.CancellationToken);

        var fandoms = await bot.InteractAsync(FakeInteraction.Autocomplete("people", O.Subcommand("fandom", O.Text("name", "", focused: true))).AsModerator());
        var people = await bot.InteractAsync(FakeInteraction.Autocomplete("people", O.Subcommand("remove", O.Text("name", "ro", focused: true))).AsModerator());
        var refused = await bot.InteractAsync(FakeInteraction.Autocomplete("people", O.Subcommand("remove", O.Text("name", "ro", focused: true))));

        Assert.Equal(8, fandoms.Type);
        Assert.Equal(packs.Select(p => p.Name).Take(25), fandoms.ChoiceValues);
        Assert.Equal(["Robin", "Rowan"], people.ChoiceValues);
        Assert.Empty(refused.ChoiceValues);
        Assert.Empty(bot.Discord.Rest.ContractViolations);
    }

    [Fact]
    public async Task A_member_without_Manage_Server_is_refused()
    {
        await using var bot = await BotTestHost.StartAsync();

        var answer = await bot.InteractAsync(FakeInteraction.SlashCommand("people", O.Subcommand("add", O.Text("name", "Robin"), O.Text("kind", "real"))).WithLocale("pt-BR"));

        Assert.True(answer.IsEphemeral);
        Assert.Equal("Só membros com a permissão Gerenciar servidor podem mudar estas configurações.", answer.Content);
        Assert.Empty((await bot.Get<ISettingsStore>().GetAsync(Guild, TestContext.Current.CancellationToken)).People);
    }
}
