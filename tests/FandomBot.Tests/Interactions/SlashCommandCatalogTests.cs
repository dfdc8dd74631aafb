using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FandomBot.Discord.Models;
using FandomBot.Features.People;
using FandomBot.Features.Quotes;
using FandomBot.Features.Reminders;
using FandomBot.Features.ReminderSetup;
using FandomBot.Interactions;
using FandomBot.Localization;
using Xunit;

namespace FandomBot.Tests.Interactions;

public sealed partial class SlashCommandCatalogTests
{
    public static TheoryData<string> Locales => ["es-ES", "es-419", "pt-BR", "fr", "de"];

    /// <summary>The features' commands in the order <c>AddBotFeatures</c> registers their handlers.</summary>
    private static IReadOnlyList<ApplicationCommandDefinition> Catalog { get; } = SlashCommandCatalog.From(
        [QuoteCommand.Definition, SourcesCommand.Definition, ReminderCommand.Definition, RemindersCommand.Definition, PeopleCommand.Definition]);

    [Fact]
    public void Every_name_in_every_language_is_a_valid_discord_command_name()
    {
        foreach (var (name, localizations, _, _) in Everything())
        {
            Assert.Matches(CommandName(), name);
            Assert.Equal(name.ToLowerInvariant(), name);
            Assert.NotNull(localizations);
            Assert.All(localizations!.Values, localized =>
            {
                Assert.Matches(CommandName(), localized);
                Assert.Equal(localized.ToLowerInvariant(), localized);
            });
        }
    }

    [Fact]
    public void Every_description_in_every_language_fits_discord_limits()
    {
        foreach (var (_, _, description, localizations) in Everything())
        {
            Assert.InRange(description.Length, 1, 100);
            Assert.NotNull(localizations);
            Assert.All(localizations!.Values, localized => Assert.InRange(localized.Length, 1, 100));
        }
    }

    /// <summary>
    /// What Discord receives, every name, description, limit and translation, is what it was when the commands were
    /// written out one by one (Golden/commands.json): moving words to config/locales changed none of them.
    /// </summary>
    [Fact]
    public void The_catalogue_discord_receives_is_the_golden_one()
    {
        var golden = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Interactions", "Golden", "commands.json")));
        var current = JsonNode.Parse(JsonSerializer.Serialize(Catalog, DiscordJsonContext.Default.IReadOnlyListApplicationCommandDefinition));

        Assert.True(JsonNode.DeepEquals(golden, current), current!.ToJsonString());
    }

    [Fact]
    public void Moderator_commands_default_to_manage_server_and_guild_only()
    {
        var moderated = Catalog.Where(c => c.Name is "reminders" or "people").ToList();

        Assert.Equal(2, moderated.Count);
        Assert.All(moderated, c =>
        {
            Assert.Equal(Permissions.ManageGuild, c.DefaultMemberPermissions);
            Assert.Equal([InteractionContextType.Guild], c.Contexts);
        });
    }

    [Fact]
    public void The_catalogue_has_the_five_commands_and_the_moderator_subcommands()
    {
        Assert.Equal(["quote", "sources", "reminder", "reminders", "people"], Catalog.Select(c => c.Name));
        var reminders = Catalog.Single(c => c.Name == "reminders").Options!.Select(o => o.Name);
        Assert.Equal(["status", "on", "off", "channels", "scope", "delivery", "cooldown", "log-channel", "exempt-role", "test", "forget"], reminders);
        var people = Catalog.Single(c => c.Name == "people").Options!.Select(o => o.Name);
        Assert.Equal(["add", "remove", "list", "fandoms", "fandom"], people);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Localized_texts_follow_the_interaction_locale(string locale)
    {
        var text = new TextKey("command.reminder.name");

        Assert.Equal(text.Localizations()[locale], text.For(locale));
        Assert.Equal("reminder", text.For("ja"));
    }

    private static IEnumerable<(string Name, IReadOnlyDictionary<string, string>? NameLocalizations, string Description, IReadOnlyDictionary<string, string>? DescriptionLocalizations)> Everything()
    {
        foreach (var command in Catalog)
        {
            yield return (command.Name, command.NameLocalizations, command.Description, command.DescriptionLocalizations);
            foreach (var option in Flatten(command.Options))
            {
                yield return (option.Name, option.NameLocalizations, option.Description, option.DescriptionLocalizations);
            }
        }
    }

    private static IEnumerable<ApplicationCommandOption> Flatten(IReadOnlyList<ApplicationCommandOption>? options) =>
        options is null ? [] : options.SelectMany(o => Flatten(o.Options).Prepend(o));

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex CommandName();
}
