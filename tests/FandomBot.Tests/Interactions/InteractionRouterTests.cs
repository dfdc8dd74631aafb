using FandomBot.Discord.Fake.Gateway;
using FandomBot.Discord.Fake.Rest;
using FandomBot.Tests.Harness;
using Xunit;

namespace FandomBot.Tests.Interactions;

public sealed class InteractionRouterTests
{
    [Fact]
    public async Task Unknown_commands_and_buttons_are_left_unanswered_and_the_next_interaction_is_answered()
    {
        await using var bot = await BotTestHost.StartAsync();
        var unknownCommand = FakeInteraction.SlashCommand("no-such-command");
        var unknownButton = FakeInteraction.Button("no-such-prefix:1", messageId: 9_001);

        await unknownCommand.SendAsync(bot.Discord.Gateway);
        await unknownButton.SendAsync(bot.Discord.Gateway);
        var answer = await bot.InteractAsync(FakeInteraction.SlashCommand("sources"));

        // Events are handled in order, so both unknown ones were routed (or not) before /sources was answered.
        Assert.True(answer.IsEphemeral);
        var callbacks = bot.Discord.Rest.RequestsTo(FakeRoutes.InteractionCallback);
        Assert.Single(callbacks);
        Assert.DoesNotContain(callbacks, r => r.Path.Contains(unknownCommand.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Commands_answer_in_the_users_language_for_every_locale_discord_sends()
    {
        await using var bot = await BotTestHost.StartAsync();

        var spanish = await bot.InteractAsync(FakeInteraction.SlashCommand("sources").WithLocale("es-419"));
        var brazilian = await bot.InteractAsync(FakeInteraction.SlashCommand("sources").WithLocale("pt-BR"));
        var german = await bot.InteractAsync(FakeInteraction.SlashCommand("sources").WithLocale("de"));

        Assert.Equal("Fuentes", spanish.FirstEmbed["title"]!.GetValue<string>());
        Assert.Equal("Fontes", brazilian.FirstEmbed["title"]!.GetValue<string>());
        Assert.Equal("Quellen", german.FirstEmbed["title"]!.GetValue<string>());
        Assert.Equal("Weiter", german.Buttons[1]["label"]!.GetValue<string>());
    }
}
