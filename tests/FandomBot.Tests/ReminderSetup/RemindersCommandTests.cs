using FandomBot.Discord.Fake.Gateway;
using FandomBot.Storage;
using FandomBot.Tests.Interactions;
using FandomBot.Tests.Harness;
using Xunit;
using O = FandomBot.Discord.Fake.Gateway.FakeInteractionOption;

namespace FandomBot.Tests.ReminderSetup;

public sealed class RemindersCommandTests
{
    private const ulong Guild = FakeInteraction.DefaultGuildId;
    private const ulong Channel = 820_000_000_000_000_001;
    private const ulong Role = 830_000_000_000_000_001;

    private static FakeInteraction Reminders(params O[] options) => FakeInteraction.SlashCommand("reminders", options).AsModerator();

    [Theory]
    [InlineData("status")]
    [InlineData("off")]
    [InlineData("forget")]
    public async Task A_member_without_Manage_Server_is_refused_and_nothing_changes(string subcommand)
    {
        await using var bot = await BotTestHost.StartAsync();

        var answer = await bot.InteractAsync(FakeInteraction.SlashCommand("reminders", O.Subcommand(subcommand)));

        Assert.True(answer.IsEphemeral);
        Assert.Equal("Only members with the Manage Server permission can change these settings.", answer.Content);
        Assert.Empty(answer.Buttons);
        Assert.True((await bot.Get<ISettingsStore>().GetAsync(Guild, TestContext.Current.CancellationToken)).RemindersEnabled);
        bot.AssertNothingMentionsAnyoneAndNoContractViolations();
    }

    [Fact]
    public async Task Moderator_commands_in_a_direct_message_explain_they_work_only_in_a_server_while_quote_works()
    {
        await using var bot = await BotTestHost.StartAsync();

        var reminders = await bot.InteractAsync(FakeInteraction.SlashCommand("reminders", O.Subcommand("status")).InGuild(null).AsModerator());
        var people = await bot.InteractAsync(FakeInteraction.SlashCommand("people", O.Subcommand("list")).InGuild(null).WithLocale("es-419"));
        var quote = await bot.InteractAsync(FakeInteraction.SlashCommand("quote").InGuild(null));

        Assert.Equal("This command works only in a server.", reminders.Content);
        Assert.Equal("Este comando solo funciona en un servidor.", people.Content);
        Assert.True(reminders.IsEphemeral && people.IsEphemeral);
        Assert.Single(quote.Embeds);
        bot.AssertNothingMentionsAnyoneAndNoContractViolations();
    }

    [Fact]
    public async Task An_administrator_without_the_Manage_Server_bit_is_allowed()
    {
        await using var bot = await BotTestHost.StartAsync();

        var answer = await bot.InteractAsync(FakeInteraction.SlashCommand("reminders", O.Subcommand("off")).WithPermissions(FakeInteraction.AdministratorPermissions));

        Assert.Equal("Reminders are off.", answer.Content);
        Assert.False((await bot.Get<ISettingsStore>().GetAsync(Guild, TestContext.Current.CancellationToken)).RemindersEnabled);
    }

    [Fact]
    public async Task Status_on_off_scope_delivery_cooldown_and_log_channel_change_the_stored_settings()
    {
        await using var bot = await BotTestHost.StartAsync();
        var store = bot.Get<ISettingsStore>();
        var ct = TestContext.Current.CancellationToken;

        var status = await bot.InteractAsync(Reminders(O.Subcommand("status")));
        Assert.True(status.IsEphemeral);
        Assert.Contains("Reminders: on", status.Content, StringComparison.Ordinal);
        Assert.Contains("Scope: all channels", status.Content, StringComparison.Ordinal);
        Assert.Contains("Cooldown: 10 minutes per member", status.Content, StringComparison.Ordinal);
        Assert.Contains("Mod-log: off", status.Content, StringComparison.Ordinal);
        Assert.Contains("Reminders sent: 0", status.Content, StringComparison.Ordinal);

        Assert.Equal("Reminders are off.", (await bot.InteractAsync(Reminders(O.Subcommand("off")))).Content);
        Assert.False((await store.GetAsync(Guild, ct)).RemindersEnabled);
        Assert.Equal("Reminders are on.", (await bot.InteractAsync(Reminders(O.Subcommand("on")))).Content);
        Assert.True((await store.GetAsync(Guild, ct)).RemindersEnabled);

        await bot.InteractAsync(Reminders(O.Subcommand("scope", O.Text("mode", "listed"))));
        Assert.Equal(ReminderScope.Listed, (await store.GetAsync(Guild, ct)).Scope);

        var delivery = await bot.InteractAsync(Reminders(O.Subcommand("delivery", O.Text("mode", "dm"))));
        Assert.Equal("Reminders are now delivered as a direct message to the author.", delivery.Content);
        Assert.Equal(ReminderDelivery.DirectMessage, (await store.GetAsync(Guild, ct)).Delivery);
        await bot.InteractAsync(Reminders(O.Subcommand("delivery", O.Text("mode", "log-only"))));
        Assert.Equal(ReminderDelivery.LogOnly, (await store.GetAsync(Guild, ct)).Delivery);

        var cooldown = await bot.InteractAsync(Reminders(O.Subcommand("cooldown", O.WholeNumber("minutes", 45))));
        Assert.Equal("Each member now waits 45 minutes between reminders.", cooldown.Content);
        Assert.Equal(45, (await store.GetAsync(Guild, ct)).CooldownMinutes);

        var log = await bot.InteractAsync(Reminders(O.Subcommand("log-channel", O.Channel("channel", Channel))).WithResolvedChannel(Channel, channelType: 0));
        Assert.Equal($"Mod-log lines go to <#{Channel}>.", log.Content);
        Assert.Equal(Channel, (await store.GetAsync(Guild, ct)).ModLogChannelId);
        var logOff = await bot.InteractAsync(Reminders(O.Subcommand("log-channel")));
        Assert.Equal("Mod-log lines are off.", logOff.Content);
        Assert.Null((await store.GetAsync(Guild, ct)).ModLogChannelId);

        var after = await bot.InteractAsync(Reminders(O.Subcommand("status")));
        Assert.Contains("Scope: listed channels only", after.Content, StringComparison.Ordinal);
        Assert.Contains("Delivery: only a line in the mod-log", after.Content, StringComparison.Ordinal);
        Assert.Contains("Cooldown: 45 minutes per member", after.Content, StringComparison.Ordinal);
        bot.AssertNothingMentionsAnyoneAndNoContractViolations();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1441)]
    public async Task A_cooldown_out_of_range_gets_an_explanation_and_changes_nothing(long minutes)
    {
        await using var bot = await BotTestHost.StartAsync();

        var answer = await bot.InteractAsync(Reminders(O.Subcommand("cooldown", O.WholeNumber("minutes", minutes))));

        Assert.True(answer.IsEphemeral);
        Assert.Equal($"The cooldown must be between 0 and 1440 minutes (one day); {minutes} is not.", answer.Content);
        Assert.Equal(10, (await bot.Get<ISettingsStore>().GetAsync(Guild, TestContext.Current.CancellationToken)).CooldownMinutes);
    }

    [Fact]
    public async Task Channels_add_remove_and_list_and_a_channel_of_the_wrong_type_is_refused()
    {
        await using var bot = await BotTestHost.StartAsync();
        var store = bot.Get<ISettingsStore>();
        var ct = TestContext.Current.CancellationToken;
        const ulong voice = 820_000_000_000_000_002;
        const ulong category = 820_000_000_000_000_003;

        var added = await bot.InteractAsync(Reminders(O.Group("channels", O.Subcommand("add", O.Channel("channel", Channel)))).WithResolvedChannel(Channel, 0));
        Assert.Contains($"<#{Channel}> is on the list.", added.Content, StringComparison.Ordinal);
        var wrong = await bot.InteractAsync(Reminders(O.Group("channels", O.Subcommand("add", O.Channel("channel", voice)))).WithResolvedChannel(voice, 2, "Voice"));
        Assert.Equal($"<#{voice}> is not a channel where people write (text, announcement, thread or forum); choose another.", wrong.Content);
        var wrongLog = await bot.InteractAsync(Reminders(O.Subcommand("log-channel", O.Channel("channel", category))).WithResolvedChannel(category, 4, "Category"));
        Assert.StartsWith($"<#{category}> cannot take the bot's messages", wrongLog.Content, StringComparison.Ordinal);
        Assert.Equal([Channel], (await store.GetAsync(Guild, ct)).ListedChannelIds);
        Assert.Null((await store.GetAsync(Guild, ct)).ModLogChannelId);

        var list = await bot.InteractAsync(Reminders(O.Group("channels", O.Subcommand("list"))));
        Assert.Equal($"Listed channels:\n• <#{Channel}>", list.Content);

        var removed = await bot.InteractAsync(Reminders(O.Group("channels", O.Subcommand("remove", O.Channel("channel", Channel)))));
        Assert.Equal($"<#{Channel}> is off the list.", removed.Content);
        var again = await bot.InteractAsync(Reminders(O.Group("channels", O.Subcommand("remove", O.Channel("channel", Channel)))));
        Assert.Equal($"<#{Channel}> was not on the list.", again.Content);
        Assert.Equal("No channel is listed.", (await bot.InteractAsync(Reminders(O.Group("channels", O.Subcommand("list"))))).Content);
        bot.AssertNothingMentionsAnyoneAndNoContractViolations();
    }

    [Fact]
    public async Task Exempt_roles_add_remove_and_list_without_pinging_the_role()
    {
        await using var bot = await BotTestHost.StartAsync();
        var store = bot.Get<ISettingsStore>();

        var added = await bot.InteractAsync(Reminders(O.Group("exempt-role", O.Subcommand("add", O.Role("role", Role)))).WithResolvedRole(Role, "Mods"));
        Assert.Equal($"Members with <@&{Role}> never get reminders.", added.Content);
        Assert.Equal([Role], (await store.GetAsync(Guild, TestContext.Current.CancellationToken)).ExemptRoleIds);
        Assert.Equal($"Exempt roles:\n• <@&{Role}>", (await bot.InteractAsync(Reminders(O.Group("exempt-role", O.Subcommand("list"))))).Content);

        var removed = await bot.InteractAsync(Reminders(O.Group("exempt-role", O.Subcommand("remove", O.Role("role", Role)))));
        Assert.Equal($"<@&{Role}> is no longer exempt.", removed.Content);
        Assert.Equal($"<@&{Role}> was not exempt.", (await bot.InteractAsync(Reminders(O.Group("exempt-role", O.Subcommand("remove", O.Role("role", Role)))))).Content);
        Assert.Equal("No role is exempt.", (await bot.InteractAsync(Reminders(O.Group("exempt-role", O.Subcommand("list"))))).Content);
        bot.AssertNothingMentionsAnyoneAndNoContractViolations();
    }

    [Fact]
    public async Task Test_shows_what_the_detector_says_with_its_reasons_and_stores_nothing()
    {
        await using var bot = await BotTestHost.StartAsync();
        await bot.InteractAsync(FakeInteraction.SlashCommand("people", O.Subcommand("add", O.Text("name", "Robin Example"), O.Text("kind", "real"))).AsModerator());

        var speculating = await bot.InteractAsync(Reminders(O.Subcommand("test", O.Text("text", "I bet Robin Example is secretly gay, just look at how he dresses"))));
        var quiet = await bot.InteractAsync(Reminders(O.Subcommand("test", O.Text("text", "What a great episode tonight!"))));

        Assert.True(speculating.IsEphemeral);
        Assert.StartsWith("Verdict: a reminder would be sent", speculating.Content, StringComparison.Ordinal);
        Assert.Contains("About: Robin Example", speculating.Content, StringComparison.Ordinal);
        Assert.Contains("Reasons:\n• ", speculating.Content, StringComparison.Ordinal);
        Assert.StartsWith("Verdict: no reminder", quiet.Content, StringComparison.Ordinal);
        Assert.Empty(bot.Discord.Rest.RequestsTo(Discord.Fake.Rest.FakeRoutes.CreateMessage));
        bot.AssertNothingMentionsAnyoneAndNoContractViolations();
    }

    [Fact]
    public async Task Forget_asks_to_confirm_then_erases_the_servers_data()
    {
        await using var bot = await BotTestHost.StartAsync();
        var store = bot.Get<ISettingsStore>();
        var ct = TestContext.Current.CancellationToken;
        await bot.InteractAsync(Reminders(O.Subcommand("cooldown", O.WholeNumber("minutes", 30))));

        var prompt = await bot.InteractAsync(Reminders(O.Subcommand("forget")));
        Assert.True(prompt.IsEphemeral);
        Assert.StartsWith("This erases everything FandomBot keeps for this server", prompt.Content, StringComparison.Ordinal);
        Assert.Equal(["settings-forget:confirm", "settings-forget:cancel"], prompt.Buttons.Select(b => b["custom_id"]!.GetValue<string>()));
        Assert.Equal(30, (await store.GetAsync(Guild, ct)).CooldownMinutes);

        var cancelled = await bot.InteractAsync(FakeInteraction.Button("settings-forget:cancel", 7_001).AsModerator());
        Assert.Equal(7, cancelled.Type);
        Assert.Equal("Nothing was erased.", cancelled.Content);
        Assert.Equal(30, (await store.GetAsync(Guild, ct)).CooldownMinutes);

        var refused = await bot.InteractAsync(FakeInteraction.Button("settings-forget:confirm", 7_002));
        Assert.True(refused.IsEphemeral);
        Assert.Equal(30, (await store.GetAsync(Guild, ct)).CooldownMinutes);

        var erased = await bot.InteractAsync(FakeInteraction.Button("settings-forget:confirm", 7_003).AsModerator());
        Assert.Equal(7, erased.Type);
        Assert.Equal("This server's data is erased; the defaults apply again.", erased.Content);
        Assert.Empty(erased.Buttons);
        var settings = await store.GetAsync(Guild, ct);
        Assert.True(settings.HasSameSettingsAs(GuildSettings.Defaults(Guild)));
        bot.AssertNothingMentionsAnyoneAndNoContractViolations();
    }

    [Theory]
    [InlineData("es-ES", "Los recordatorios están desactivados.")]
    [InlineData("pt-BR", "Os lembretes estão desativados.")]
    [InlineData("fr", "Les rappels sont désactivés.")]
    [InlineData("de", "Erinnerungen sind ausgeschaltet.")]
    [InlineData("ja", "Reminders are off.")]
    public async Task Replies_follow_the_interactions_locale(string locale, string expected)
    {
        await using var bot = await BotTestHost.StartAsync();

        var answer = await bot.InteractAsync(Reminders(O.Subcommand("off")).WithLocale(locale).WithGuildLocale("en-US"));

        Assert.Equal(expected, answer.Content);
    }
}
