using FandomBot.Core.Quotes;
using FandomBot.Discord.Fake.Gateway;
using FandomBot.Features.Quotes;
using FandomBot.Features.Reminders;
using FandomBot.Tests.Interactions;
using FandomBot.Tests.Harness;
using Xunit;
using O = FandomBot.Discord.Fake.Gateway.FakeInteractionOption;

namespace FandomBot.Tests.Quotes;

public sealed class QuoteSlashCommandTests
{
    [Fact]
    public async Task Quote_without_arguments_posts_a_public_sourced_quote_about_speculation_or_privacy()
    {
        await using var bot = await BotTestHost.StartAsync();
        var library = bot.Get<QuoteLibrary>();

        var answer = await bot.InteractAsync(FakeInteraction.SlashCommand("quote"));

        Assert.Equal(4, answer.Type);
        Assert.False(answer.IsEphemeral);
        var quote = QuoteShownIn(answer, library);
        Assert.True(quote.HasTopic(QuoteTopics.Speculation) || quote.HasTopic(QuoteTopics.Privacy));
        var fields = answer.FirstEmbed["fields"]!.AsArray();
        Assert.Equal(["Said", "Where", "Reported by"], fields.Select(f => f!["name"]!.GetValue<string>()));
        Assert.Equal(quote.SaidOn.ToDisplayString(), fields[0]!["value"]!.GetValue<string>());
        Assert.Contains($"({quote.ReportedBy.Url.AbsoluteUri})", fields[2]!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        bot.AssertNothingMentionsAnyoneAndNoContractViolations();
    }

    [Fact]
    public async Task Quote_by_topic_and_speaker_shows_a_matching_quote_with_its_labels_in_the_users_language()
    {
        await using var bot = await BotTestHost.StartAsync();
        var library = bot.Get<QuoteLibrary>();
        var fiction = library.All.First(q => q.Fiction);

        var answer = await bot.InteractAsync(FakeInteraction.SlashCommand("quote", O.Text("speaker", fiction.Speaker), O.Text("topic", fiction.Topics[0])).WithLocale("fr"));

        var shown = QuoteShownIn(answer, library);
        Assert.Equal(fiction.Speaker, shown.Speaker);
        Assert.True(shown.HasTopic(fiction.Topics[0]));
        Assert.Contains("(fiction)", answer.FirstEmbed["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Dit", answer.FirstEmbed["fields"]![0]!["name"]!.GetValue<string>());
        bot.AssertNothingMentionsAnyoneAndNoContractViolations();
    }

    [Fact]
    public async Task A_quote_known_only_from_reports_says_so()
    {
        await using var bot = await BotTestHost.StartAsync();
        var library = bot.Get<QuoteLibrary>();
        var speaker = library.Speakers.FirstOrDefault(name => library.BySpeaker(name).All(q => !q.Verified));
        Assert.SkipWhen(speaker is null, "The shipped collection has no speaker known only from reports.");

        var answer = await bot.InteractAsync(FakeInteraction.SlashCommand("quote", O.Text("speaker", speaker!)));

        Assert.Contains(QuoteConsoleText.ReportedOnlyLabel, answer.FirstEmbed["footer"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quote_that_matches_nothing_explains_why_to_the_user_alone()
    {
        await using var bot = await BotTestHost.StartAsync();

        var answer = await bot.InteractAsync(FakeInteraction.SlashCommand("quote", O.Text("speaker", "**Nobody** @everyone")).WithLocale("de"));

        Assert.Equal(4, answer.Type);
        Assert.True(answer.IsEphemeral);
        Assert.StartsWith("Kein Zitat passt dazu.", answer.Content, StringComparison.Ordinal);
        Assert.Contains("\\*\\*Nobody\\*\\* @\u200Beveryone", answer.Content, StringComparison.Ordinal);
        Assert.Empty(answer.Embeds);
        bot.AssertNothingMentionsAnyoneAndNoContractViolations();
    }

    [Fact]
    public async Task Topic_and_speaker_autocomplete_from_the_collection_with_at_most_25_choices()
    {
        await using var bot = await BotTestHost.StartAsync();
        var library = bot.Get<QuoteLibrary>();

        var topics = await bot.InteractAsync(FakeInteraction.Autocomplete("quote", O.Text("topic", "spec", focused: true)));
        var allSpeakers = await bot.InteractAsync(FakeInteraction.Autocomplete("quote", O.Text("topic", "privacy"), O.Text("speaker", "", focused: true)));
        var someSpeakers = await bot.InteractAsync(FakeInteraction.Autocomplete("quote", O.Text("speaker", "kit", focused: true)));

        Assert.Equal(8, topics.Type);
        Assert.Equal(["speculation"], topics.ChoiceValues);
        Assert.Equal(library.Speakers.Take(25), allSpeakers.ChoiceValues);
        Assert.InRange(allSpeakers.ChoiceValues.Count, 1, 25);
        Assert.NotEmpty(someSpeakers.ChoiceValues);
        Assert.All(someSpeakers.ChoiceValues, name => Assert.Contains("kit", name, StringComparison.OrdinalIgnoreCase));
        Assert.Empty(bot.Discord.Rest.ContractViolations);
    }

    [Fact]
    public async Task Sources_lists_every_quote_ephemerally_and_pages_with_buttons()
    {
        await using var bot = await BotTestHost.StartAsync();
        var library = bot.Get<QuoteLibrary>();

        var first = await bot.InteractAsync(FakeInteraction.SlashCommand("sources"));

        Assert.True(first.IsEphemeral);
        var pages = SourcesPages.Pages(library, "en-US");
        Assert.True(pages.Count > 1, "The shipped collection should need more than one page.");
        Assert.Equal(pages[0], first.FirstEmbed["description"]!.GetValue<string>());
        Assert.Equal($"Page 1 of {pages.Count}", first.FirstEmbed["footer"]!["text"]!.GetValue<string>());
        var buttons = first.Buttons;
        Assert.Equal(2, buttons.Count);
        Assert.True(buttons[0]["disabled"]!.GetValue<bool>());
        Assert.Equal("sources:page:1:n", buttons[1]["custom_id"]!.GetValue<string>());

        var seen = new List<string> { first.FirstEmbed["description"]!.GetValue<string>() };
        var next = buttons[1]["custom_id"]!.GetValue<string>();
        for (var page = 2; page <= pages.Count; page++)
        {
            var answer = await bot.InteractAsync(FakeInteraction.Button(next, messageId: 5_000 + (ulong)page));
            Assert.Equal(7, answer.Type);
            Assert.Equal($"Page {page} of {pages.Count}", answer.FirstEmbed["footer"]!["text"]!.GetValue<string>());
            seen.Add(answer.FirstEmbed["description"]!.GetValue<string>());
            next = answer.Buttons[1]["custom_id"]!.GetValue<string>();
            Assert.Equal(page == pages.Count, answer.Buttons[1]["disabled"]?.GetValue<bool>() == true);
        }

        var previous = await bot.InteractAsync(FakeInteraction.Button("sources:page:0:p", messageId: 6_000));
        Assert.Equal(pages[0], previous.FirstEmbed["description"]!.GetValue<string>());

        var everything = string.Join('\n', seen);
        Assert.All(library.All, quote => Assert.Contains(quote.ReportedBy.Url.AbsoluteUri, everything, StringComparison.Ordinal));
        Assert.All(seen, page => Assert.InRange(page.Length, 1, 4096));
        bot.AssertNothingMentionsAnyoneAndNoContractViolations();
    }

    [Fact]
    public async Task Reminder_posts_the_gentle_reminder_publicly_in_the_users_language_with_a_quote()
    {
        await using var bot = await BotTestHost.StartAsync();

        var answer = await bot.InteractAsync(FakeInteraction.SlashCommand("reminder").WithLocale("es-ES"));

        Assert.False(answer.IsEphemeral);
        Assert.Contains(answer.Content, ReminderTexts.Spanish.Reminders);
        Assert.Single(answer.Embeds);
        Assert.DoesNotContain("<@", answer.AllText, StringComparison.Ordinal);
        bot.AssertNothingMentionsAnyoneAndNoContractViolations();
    }

    private static Quote QuoteShownIn(InteractionAnswer answer, QuoteLibrary library)
    {
        var description = answer.FirstEmbed["description"]!.GetValue<string>();
        return Assert.Single(library.All, q => description.Contains(FandomBot.Interactions.DisplayText.Escape(q.Text), StringComparison.Ordinal));
    }
}
