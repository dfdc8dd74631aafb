using FandomBot.Discord.Fake.Rest;
using FandomBot.Discord.Interactions;
using FandomBot.Discord.Models;
using FandomBot.Features.Reminders;
using FandomBot.Gateway;
using FandomBot.Interactions;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static FandomBot.Tests.Reminders.ReminderScenario;

namespace FandomBot.Tests.Reminders;

/// <summary>
/// The two buttons, pressed on a real reminder from the wire and answered through the bot's own
/// <see cref="InteractionResponder"/> (the interaction router hands presses of "rem:" ids to the same handler).
/// </summary>
public sealed class ReminderButtonTests
{
    private static long _nextInteraction = 800_000L << 22;

    [Fact]
    public async Task Why_this_reminder_answers_privately_with_the_reasons_and_the_quotes_sources()
    {
        await using var scenario = await StartAsync();
        var reminder = await scenario.ReplyToAsync(await scenario.SendAsync(Speculation));

        var answer = await PressAsync(scenario, CustomIdOf(reminder, 0), presser: 5, Permissions.None);

        Assert.Equal(4, answer.Body!["type"]!.GetValue<int>());
        Assert.Equal(64, answer.Body["data"]!["flags"]!.GetValue<int>() & 64);
        var text = answer.Body["data"]!["content"]!.GetValue<string>();
        Assert.StartsWith(ReminderTexts.English.WhyIntro, text, StringComparison.Ordinal);
        Assert.Contains("• it guessed", text, StringComparison.Ordinal);
        Assert.Contains("Reported by [", text, StringComparison.Ordinal);
        Assert.DoesNotContain("lowkey", text, StringComparison.OrdinalIgnoreCase);
        AssertPingsNoOne(answer.Body["data"]);
        Assert.Empty(scenario.Bot.Discord.Rest.ContractViolations);
    }

    [Fact]
    public async Task Why_this_reminder_follows_the_pressers_locale()
    {
        await using var scenario = await StartAsync();
        var reminder = await scenario.ReplyToAsync(await scenario.SendAsync(Speculation));

        var answer = await PressAsync(scenario, CustomIdOf(reminder, 0), presser: 5, Permissions.None, locale: "es-ES");

        var text = answer.Body!["data"]!["content"]!.GetValue<string>();
        Assert.StartsWith(ReminderTexts.Spanish.WhyIntro, text, StringComparison.Ordinal);
        Assert.Contains("• hacía suposiciones", text, StringComparison.Ordinal);
        Assert.DoesNotContain("• it ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_speculation_by_the_author_counts_tells_the_mod_log_and_thanks_them_without_buttons()
    {
        await using var scenario = await StartAsync();
        var cancellationToken = TestContext.Current.CancellationToken;
        Succeeded(await scenario.Store.SetModLogChannelAsync(Guild, ModLogChannel, cancellationToken));
        var reminder = await scenario.ReplyToAsync(await scenario.SendAsync(Speculation));

        var answer = await PressAsync(scenario, CustomIdOf(reminder, 1), presser: Author, Permissions.None);

        Assert.Equal(7, answer.Body!["type"]!.GetValue<int>());
        Assert.Equal(ReminderTexts.English.ThanksForFeedback, answer.Body["data"]!["content"]!.GetValue<string>());
        Assert.Empty(answer.Body["data"]!["components"]!.AsArray());
        var counters = await scenario.Store.GetCountersAsync(Guild, cancellationToken);
        Assert.Equal(1, counters.Value!.FalsePositiveReports);
        var line = await scenario.PostedInAsync(ModLogChannel, r => r.Body!["content"]!.GetValue<string>().Contains("not speculation", StringComparison.Ordinal));
        Assert.Contains($"`{Author}`", line.Body!["content"]!.GetValue<string>(), StringComparison.Ordinal);
        AssertPingsNoOne(line);
        Assert.Empty(scenario.Bot.Discord.Rest.ContractViolations);
    }

    [Fact]
    public async Task Not_speculation_by_a_moderator_is_accepted()
    {
        await using var scenario = await StartAsync();
        var reminder = await scenario.ReplyToAsync(await scenario.SendAsync(Speculation));

        var answer = await PressAsync(scenario, CustomIdOf(reminder, 1), presser: 5, Permissions.ManageGuild);

        Assert.Equal(7, answer.Body!["type"]!.GetValue<int>());
        Assert.Equal(1, (await scenario.Store.GetCountersAsync(Guild, TestContext.Current.CancellationToken)).Value!.FalsePositiveReports);
    }

    [Fact]
    public async Task Not_speculation_by_someone_else_without_manage_server_is_refused_privately()
    {
        await using var scenario = await StartAsync();
        var reminder = await scenario.ReplyToAsync(await scenario.SendAsync("joe locke es gay seguro, se nota en cómo camina"));

        var answer = await PressAsync(scenario, CustomIdOf(reminder, 1), presser: 5, Permissions.SendMessages, locale: "de");

        Assert.Equal(4, answer.Body!["type"]!.GetValue<int>());
        Assert.Equal(64, answer.Body["data"]!["flags"]!.GetValue<int>() & 64);
        Assert.Equal(ReminderTexts.German.OnlyAuthorOrModerator, answer.Body["data"]!["content"]!.GetValue<string>());
        Assert.Equal(0, (await scenario.Store.GetCountersAsync(Guild, TestContext.Current.CancellationToken)).Value!.FalsePositiveReports);
        Assert.Empty(scenario.Bot.Discord.Rest.RequestsTo(FakeRoutes.EditMessage));
    }

    [Fact]
    public async Task Not_speculation_naming_another_server_is_refused_and_changes_nothing_there()
    {
        const ulong otherModLog = ModLogChannel + (1UL << 22);
        await using var scenario = await StartAsync();
        var cancellationToken = TestContext.Current.CancellationToken;
        Succeeded(await scenario.Store.SetModLogChannelAsync(OtherGuild, otherModLog, cancellationToken));
        var crafted = ReminderButtonId.NotSpeculation("en", OtherGuild, Author);

        // Pressed in Guild by the named author who is a moderator there too: still not Guild's business to touch OtherGuild.
        var answer = await PressAsync(scenario, crafted, presser: Author, Permissions.ManageGuild, locale: "fr");

        Assert.Equal(4, answer.Body!["type"]!.GetValue<int>());
        Assert.Equal(64, answer.Body["data"]!["flags"]!.GetValue<int>() & 64);
        Assert.Equal(ReminderButtons.OtherServer.For("fr"), answer.Body["data"]!["content"]!.GetValue<string>());
        Assert.Equal(0, (await scenario.Store.GetCountersAsync(OtherGuild, cancellationToken)).Value!.FalsePositiveReports);
        Assert.Equal(0, (await scenario.Store.GetCountersAsync(Guild, cancellationToken)).Value!.FalsePositiveReports);
        Assert.DoesNotContain(scenario.Bot.Discord.Rest.Requests, r => r.Path.Contains(otherModLog.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.Empty(scenario.Bot.Discord.Rest.RequestsTo(FakeRoutes.EditMessage));
    }

    [Fact]
    public void The_buttons_are_offered_to_the_interaction_router_under_their_prefix()
    {
        var ids = new[] { ReminderButtonId.Why("pt", 0xFFFF_FFFF, new string('q', 60)), ReminderButtonId.NotSpeculation("pt", ulong.MaxValue, ulong.MaxValue) };

        Assert.All(ids, id => Assert.InRange(id.Length, 1, 100));
        Assert.All(ids, id => Assert.StartsWith(ReminderButtonId.Prefix, id, StringComparison.Ordinal));
        Assert.True(ReminderButtonId.TryParseNotSpeculation(ids[1], out var language, out var guild, out var author));
        Assert.Equal(("pt", ulong.MaxValue, ulong.MaxValue), (language, guild, author));
    }

    private static async Task<RecordedRequest> PressAsync(ReminderScenario scenario, string customId, ulong presser, Permissions permissions, string locale = "en-US")
    {
        var id = new Snowflake((ulong)Interlocked.Add(ref _nextInteraction, 1 << 22));
        var interaction = new Interaction
        {
            Id = id,
            ApplicationId = new Snowflake(scenario.Bot.Discord.Rest.ApplicationId),
            Type = InteractionType.MessageComponent,
            Data = new InteractionData { CustomId = customId, ComponentType = ComponentType.Button },
            GuildId = new Snowflake(Guild),
            ChannelId = new Snowflake(ReminderScenario.Channel),
            Member = new GuildMember { User = new User { Id = new Snowflake(presser), Username = "presser" }, Permissions = permissions },
            Token = "button-token",
            Version = 1,
            Locale = locale,
        };
        var handler = scenario.Bot.Get<ReminderButtons>();
        Assert.Contains(handler, scenario.Bot.Services.GetServices<IComponentHandler>());
        var responder = scenario.Bot.Get<InteractionResponder>();
        var outcome = await responder.RespondAsync(interaction, scenario.Bot.Get<TimeProvider>().GetUtcNow(), handler.HandleAsync, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(outcome.Result.IsSuccess, outcome.Result.Error?.ToString());
        return Assert.Single(scenario.Bot.Discord.Rest.RequestsTo(FakeRoutes.InteractionCallback), r => r.Path.Contains($"/interactions/{id}/", StringComparison.Ordinal));
    }
}
