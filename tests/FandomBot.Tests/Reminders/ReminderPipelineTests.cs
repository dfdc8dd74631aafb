using FandomBot.Discord.Fake.Rest;
using FandomBot.Features.Reminders;
using FandomBot.Storage;
using Xunit;
using static FandomBot.Tests.Reminders.ReminderScenario;

namespace FandomBot.Tests.Reminders;

public sealed class ReminderPipelineTests
{
    [Fact]
    public async Task A_speculating_message_gets_a_reply_with_a_sourced_quote_and_both_buttons_pinging_no_one()
    {
        await using var scenario = await StartAsync();

        var message = await scenario.SendAsync(Speculation);
        var reply = await scenario.ReplyToAsync(message);

        AssertPingsNoOne(reply);
        Assert.False(reply.Body!["message_reference"]!["fail_if_not_exists"]!.GetValue<bool>());
        Assert.Contains(reply.Body["content"]!.GetValue<string>(), ReminderTexts.English.Reminders);
        var embed = reply.Body["embeds"]![0]!;
        Assert.False(string.IsNullOrEmpty(embed["author"]!["name"]!.GetValue<string>()));
        var fields = embed["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>() + "=" + f["value"]!.GetValue<string>()).ToList();
        Assert.Contains(fields, f => f.StartsWith("Said=", StringComparison.Ordinal));
        Assert.Contains(fields, f => f.StartsWith("Reported by=[", StringComparison.Ordinal) && f.Contains("](https://", StringComparison.Ordinal));
        Assert.StartsWith("rem:why:en:", CustomIdOf(reply, 0), StringComparison.Ordinal);
        Assert.StartsWith("rem:no:en:", CustomIdOf(reply, 1), StringComparison.Ordinal);
        Assert.Equal(ReminderTexts.English.WhyButton, reply.Body["components"]![0]!["components"]![0]!["label"]!.GetValue<string>());
        Assert.Empty(scenario.Bot.Discord.Rest.ContractViolations);
        await scenario.Bot.Get<FandomBot.Gateway.InFlightWork>().DrainAsync(TimeSpan.FromSeconds(10));
        var counters = await scenario.Store.GetCountersAsync(Guild, TestContext.Current.CancellationToken);
        Assert.Equal(1, counters.Value!.RemindersSent);
    }

    [Theory]
    [InlineData("charlie's gay, that's the whole plot")]
    [InlineData("i'm bi")]
    [InlineData("stop speculating about whether joe is gay, it's none of our business")]
    [InlineData("kit said he's bi, good for him")]
    public async Task Fiction_self_condemning_and_reported_statements_get_nothing(string text)
    {
        await using var scenario = await StartAsync();

        var message = await scenario.SendAsync(text);
        await scenario.SettleAsync();

        Assert.Empty(scenario.RepliesTo(message));
    }

    [Fact]
    public async Task Bots_and_webhooks_are_never_answered()
    {
        await using var scenario = await StartAsync();

        var fromBot = await scenario.SendAsync(Speculation, author: 77, bot: true);
        var fromWebhook = await scenario.SendAsync(Speculation, author: 78, webhook: true);
        await scenario.SettleAsync();

        Assert.Empty(scenario.RepliesTo(fromBot));
        Assert.Empty(scenario.RepliesTo(fromWebhook));
    }

    [Fact]
    public async Task A_direct_message_to_the_bot_gets_no_reminder()
    {
        await using var scenario = await StartAsync();

        await scenario.Bot.Discord.Gateway.SendMessageCreateAsync(null, 800UL << 22, Speculation, authorId: 3);
        await scenario.SettleAsync();

        Assert.DoesNotContain(scenario.Bot.Discord.Rest.RequestsTo(FakeRoutes.CreateMessage), r => r.Path.Contains($"/channels/{800UL << 22}/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_scope_listed_only_listed_channels_get_reminders()
    {
        await using var scenario = await StartAsync();
        var cancellationToken = TestContext.Current.CancellationToken;
        Succeeded(await scenario.Store.SetScopeAsync(Guild, ReminderScope.Listed, cancellationToken));
        Succeeded(await scenario.Store.AddListedChannelAsync(Guild, Channel, cancellationToken));

        var unlisted = await scenario.SendAsync(Speculation, author: 1, channel: OtherChannel);
        var listed = await scenario.SendAsync(Speculation, author: 2, channel: Channel);

        await scenario.ReplyToAsync(listed);
        await scenario.SettleAsync();
        Assert.Empty(scenario.RepliesTo(unlisted));
    }

    [Fact]
    public async Task With_scope_all_every_channel_gets_reminders()
    {
        await using var scenario = await StartAsync();

        var first = await scenario.SendAsync(Speculation, author: 1, channel: OtherChannel);
        var second = await scenario.SendAsync(Speculation, author: 2, channel: Channel);

        await scenario.ReplyToAsync(first);
        await scenario.ReplyToAsync(second);
    }

    [Fact]
    public async Task Reminders_off_means_no_reminder()
    {
        await using var scenario = await StartAsync();
        Succeeded(await scenario.Store.SetRemindersEnabledAsync(Guild, false, TestContext.Current.CancellationToken));

        var message = await scenario.SendAsync(Speculation);
        await scenario.SettleAsync(channel: 700UL << 22, guild: OtherGuild);

        Assert.Empty(scenario.RepliesTo(message));
    }

    [Fact]
    public async Task A_member_with_an_exempt_role_gets_no_reminder()
    {
        await using var scenario = await StartAsync();
        const ulong ExemptRole = 600UL << 22;
        Succeeded(await scenario.Store.AddExemptRoleAsync(Guild, ExemptRole, TestContext.Current.CancellationToken));

        var exempt = await scenario.SendAsync(Speculation, author: 1, roles: [ExemptRole]);
        var notExempt = await scenario.SendAsync(Speculation, author: 2, roles: [601UL << 22]);

        await scenario.ReplyToAsync(notExempt);
        await scenario.SettleAsync();
        Assert.Empty(scenario.RepliesTo(exempt));
    }

    [Fact]
    public async Task A_second_speculating_message_within_the_cooldown_gets_nothing()
    {
        await using var scenario = await StartAsync();

        var first = await scenario.SendAsync(Speculation);
        var second = await scenario.SendAsync("obviously joe locke is bi");

        await scenario.ReplyToAsync(first);
        await scenario.SettleAsync();
        Assert.Empty(scenario.RepliesTo(second));
    }

    [Fact]
    public async Task With_a_cooldown_of_zero_every_speculating_message_gets_a_reminder()
    {
        await using var scenario = await StartAsync();
        Succeeded(await scenario.Store.SetCooldownAsync(Guild, 0, TestContext.Current.CancellationToken));

        await scenario.ReplyToAsync(await scenario.SendAsync(Speculation));
        await scenario.ReplyToAsync(await scenario.SendAsync("obviously joe locke is bi"));
    }

    [Fact]
    public async Task A_pronoun_after_a_name_in_the_channel_is_understood_from_context()
    {
        await using var scenario = await StartAsync();

        await scenario.SendAsync("did you see joe locke's interview", author: 5);
        var message = await scenario.SendAsync("he's gotta be gay", author: 6);

        await scenario.ReplyToAsync(message);
    }

    [Theory]
    [InlineData("joe locke es gay seguro, se nota en cómo camina", "es")]
    [InlineData("joe locke ist bestimmt schwul, man sieht es doch", "de")]
    public async Task The_reminder_is_written_in_the_language_of_the_message(string text, string language)
    {
        await using var scenario = await StartAsync();

        var reply = await scenario.ReplyToAsync(await scenario.SendAsync(text));

        var phrasebook = ReminderTexts.For(language);
        Assert.Contains(reply.Body!["content"]!.GetValue<string>(), phrasebook.Reminders);
        Assert.Equal(phrasebook.NotSpeculationButton, reply.Body["components"]![0]!["components"]![1]!["label"]!.GetValue<string>());
        Assert.Empty(scenario.Bot.Discord.Rest.ContractViolations);
    }

    [Fact]
    public async Task The_mod_log_line_names_channel_author_person_and_reasons_but_never_the_message()
    {
        await using var scenario = await StartAsync();
        Succeeded(await scenario.Store.SetModLogChannelAsync(Guild, ModLogChannel, TestContext.Current.CancellationToken));

        var message = await scenario.SendAsync(Speculation);
        await scenario.ReplyToAsync(message);
        var line = await scenario.PostedInAsync(ModLogChannel);

        var text = line.Body!["content"]!.GetValue<string>();
        Assert.Contains($"<#{Channel}>", text, StringComparison.Ordinal);
        Assert.Contains($"`{Author}`", text, StringComparison.Ordinal);
        Assert.Contains("Joe Locke", text, StringComparison.Ordinal);
        Assert.Contains("it guessed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("lowkey", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ngl", text, StringComparison.OrdinalIgnoreCase);
        AssertPingsNoOne(line);
    }

    [Fact]
    public async Task Delivery_log_only_posts_only_the_mod_log_line()
    {
        await using var scenario = await StartAsync();
        var cancellationToken = TestContext.Current.CancellationToken;
        Succeeded(await scenario.Store.SetModLogChannelAsync(Guild, ModLogChannel, cancellationToken));
        Succeeded(await scenario.Store.SetDeliveryAsync(Guild, ReminderDelivery.LogOnly, cancellationToken));

        var message = await scenario.SendAsync(Speculation);
        var line = await scenario.PostedInAsync(ModLogChannel);

        Assert.Contains("mod-log only", line.Body!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        await scenario.Bot.Get<FandomBot.Gateway.InFlightWork>().DrainAsync(TimeSpan.FromSeconds(10));
        Assert.Empty(scenario.RepliesTo(message));
        Assert.Empty(scenario.Bot.Discord.Rest.RequestsTo(FakeRoutes.CreateDmChannel));
    }

    [Fact]
    public async Task Delivery_dm_sends_the_reminder_to_the_author_privately()
    {
        await using var scenario = await StartAsync();
        Succeeded(await scenario.Store.SetDeliveryAsync(Guild, ReminderDelivery.DirectMessage, TestContext.Current.CancellationToken));

        var message = await scenario.SendAsync(Speculation);
        var dmChannel = await scenario.Bot.Discord.Rest.WaitForRequestAsync(r => r.Route == FakeRoutes.CreateDmChannel, TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);
        var dm = await scenario.Bot.Discord.Rest.WaitForRequestAsync(
            r => r.Route == FakeRoutes.CreateMessage && r.Body?["message_reference"] is null, TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);

        Assert.Equal(Author.ToString(System.Globalization.CultureInfo.InvariantCulture), dmChannel.Body!["recipient_id"]!.GetValue<string>());
        Assert.DoesNotContain($"/channels/{Channel}/", dm.Path, StringComparison.Ordinal);
        AssertPingsNoOne(dm);
        await scenario.Bot.Get<FandomBot.Gateway.InFlightWork>().DrainAsync(TimeSpan.FromSeconds(10));
        Assert.Empty(scenario.RepliesTo(message));
        Assert.Empty(scenario.Bot.Discord.Rest.ContractViolations);
    }

    [Fact]
    public async Task Delivery_dm_falls_back_to_a_reply_when_the_authors_dms_are_closed()
    {
        await using var scenario = await StartAsync();
        Succeeded(await scenario.Store.SetDeliveryAsync(Guild, ReminderDelivery.DirectMessage, TestContext.Current.CancellationToken));
        scenario.Bot.Discord.Rest.Script(FakeRoutes.CreateMessage, FakeResponse.Error(403, 50007, "Cannot send messages to this user"));

        var message = await scenario.SendAsync(Speculation);
        var reply = await scenario.ReplyToAsync(message);

        Assert.Single(scenario.Bot.Discord.Rest.RequestsTo(FakeRoutes.CreateDmChannel));
        AssertPingsNoOne(reply);
        Assert.Equal(2, reply.Body!["components"]![0]!["components"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_channel_the_bot_may_not_post_in_is_logged_once_and_the_bot_carries_on()
    {
        await using var scenario = await StartAsync();
        scenario.Bot.Discord.Rest.Script(
            FakeRoutes.CreateMessage,
            FakeResponse.Error(403, 50013, "Missing Permissions"),
            FakeResponse.Error(403, 50013, "Missing Permissions"));

        await scenario.SendAsync(Speculation, author: 1);
        await scenario.SendAsync(Speculation, author: 2);
        await WaitUntilAsync(() => scenario.Bot.Discord.Rest.RequestsTo(FakeRoutes.CreateMessage).Count >= 2);
        await scenario.Bot.Get<FandomBot.Gateway.InFlightWork>().DrainAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, scenario.Bot.Get<ChannelPermissionWarnings>().Warned);
        await scenario.SettleAsync();
    }

    [Fact]
    public async Task Leaving_a_guild_forgets_its_settings_counters_cooldowns_and_context()
    {
        await using var scenario = await StartAsync();
        var cancellationToken = TestContext.Current.CancellationToken;
        Succeeded(await scenario.Store.SetCooldownAsync(Guild, 30, cancellationToken));
        await scenario.ReplyToAsync(await scenario.SendAsync(Speculation));
        await scenario.Bot.Get<FandomBot.Gateway.InFlightWork>().DrainAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(1, scenario.Bot.Get<FandomBot.Core.Reminders.ReminderCooldowns>().Count);

        await scenario.Bot.Discord.Gateway.SendGuildDeleteAsync(Guild, unavailable: true);
        await scenario.Bot.Discord.Gateway.SendGuildDeleteAsync(Guild, unavailable: false);
        await WaitUntilTrueAsync(async () => (await scenario.Store.GetAsync(Guild, cancellationToken)).CooldownMinutes == 10);

        Assert.Equal(0, scenario.Bot.Get<FandomBot.Core.Reminders.ReminderCooldowns>().Count);
        Assert.Equal(0, scenario.Bot.Get<ChannelContexts>().ChannelCount);
        Assert.Equal(0, (await scenario.Store.GetCountersAsync(Guild, cancellationToken)).Value!.RemindersSent);
    }

    [Fact]
    public async Task Leaving_a_guild_erases_it_even_with_512_Discord_calls_in_flight()
    {
        await using var scenario = await StartAsync();
        var cancellationToken = TestContext.Current.CancellationToken;
        Succeeded(await scenario.Store.SetCooldownAsync(Guild, 30, cancellationToken));
        var inFlight = scenario.Bot.Get<FandomBot.Gateway.InFlightWork>();
        var blocked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        while (inFlight.TryRun("blocked", () => blocked.Task))
        {
        }

        Assert.Equal(512, inFlight.Count);
        await scenario.Bot.Discord.Gateway.SendGuildDeleteAsync(Guild, unavailable: false);
        await WaitUntilTrueAsync(async () => (await scenario.Store.GetAsync(Guild, cancellationToken)).CooldownMinutes == 10);

        Assert.Equal(0, scenario.Bot.Get<ChannelContexts>().GuildCount);
        blocked.SetResult();
        await inFlight.DrainAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Forgetting_a_guilds_data_also_drops_its_cooldowns_and_context()
    {
        await using var scenario = await StartAsync();
        var cancellationToken = TestContext.Current.CancellationToken;
        Succeeded(await scenario.Store.SetCooldownAsync(Guild, 30, cancellationToken));
        await scenario.ReplyToAsync(await scenario.SendAsync(Speculation));
        Assert.Equal(1, scenario.Bot.Get<FandomBot.Core.Reminders.ReminderCooldowns>().Count);

        Succeeded(await scenario.Store.ForgetGuildAsync(Guild, cancellationToken));

        Assert.Equal(0, scenario.Bot.Get<FandomBot.Core.Reminders.ReminderCooldowns>().Count);
        Assert.Equal(0, scenario.Bot.Get<ChannelContexts>().ChannelCount);
        await scenario.ReplyToAsync(await scenario.SendAsync("obviously joe locke is bi"));
    }

    [Fact]
    public async Task A_guild_that_is_only_unavailable_keeps_its_settings()
    {
        await using var scenario = await StartAsync();
        var cancellationToken = TestContext.Current.CancellationToken;
        Succeeded(await scenario.Store.SetCooldownAsync(Guild, 30, cancellationToken));

        await scenario.Bot.Discord.Gateway.SendGuildDeleteAsync(Guild, unavailable: true);
        await scenario.SettleAsync();

        Assert.Equal(30, (await scenario.Store.GetAsync(Guild, cancellationToken)).CooldownMinutes);
    }

    private static async Task WaitUntilTrueAsync(Func<Task<bool>> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(15));
        while (!await condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
