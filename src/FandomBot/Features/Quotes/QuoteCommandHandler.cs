using FandomBot.Core.Quotes;
using FandomBot.Discord.Interactions;
using FandomBot.Discord.Models;
using FandomBot.Interactions;

namespace FandomBot.Features.Quotes;

/// <summary>
/// <c>/quote [topic] [speaker]</c>: a public embed with one sourced quote. No argument picks a quote about speculation
/// or privacy; a request nothing matches gets an ephemeral explanation of what would. Topic and speaker autocomplete
/// from the collection.
/// </summary>
internal sealed class QuoteCommandHandler(QuoteLibrary library) : ISlashCommandHandler
{
    private static readonly string[] DefaultTopics = [QuoteTopics.Speculation, QuoteTopics.Privacy];

    public SlashCommand Command => QuoteCommand.Definition;

    public bool IsEphemeral => false;

    public Task<InteractionReply> HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var input = CommandInput.Of(interaction, Command);
        var topic = input.Text(QuoteCommand.Topic);
        var speaker = input.Text(QuoteCommand.Speaker);
        var seed = interaction.Id.Value;

        Quote? quote;
        if (string.IsNullOrWhiteSpace(topic) && string.IsNullOrWhiteSpace(speaker))
        {
            quote = library.PickRandomOnAny(seed, DefaultTopics) ?? library.PickRandom(seed);
            if (quote is null)
            {
                return Task.FromResult(Ephemeral(QuoteTexts.EmptyCollection.For(interaction.Locale)));
            }
        }
        else
        {
            var selection = QuoteSelection.Select(library, topic, speaker, id: null);
            if (selection.Problem is { } problem)
            {
                return Task.FromResult(Ephemeral(QuoteTexts.NoMatch.Format(interaction.Locale, DisplayText.Escape(problem))));
            }

            quote = selection.Matches[(int)((seed >> 22) % (ulong)selection.Matches.Count)];
        }

        return Task.FromResult(InteractionReply.WithMessage(OutgoingMessage.FromEmbeds(QuoteEmbed.Build(quote, interaction.Locale))));
    }

    public Task<InteractionReply> AutocompleteAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var focused = CommandInput.Of(interaction, Command).Focused;
        var typed = focused?.ValueAsString() ?? "";
        IReadOnlyList<string> suggestions = focused?.Name switch
        {
            var name when name == QuoteCommand.Topic.Name => library.SuggestTopics(typed),
            var name when name == QuoteCommand.Speaker.Name => library.SuggestSpeakers(typed),
            _ => [],
        };
        return Task.FromResult(InteractionReply.WithChoices(Choices.From(suggestions)));
    }

    private static InteractionReply Ephemeral(string text) => InteractionReply.WithMessage(OutgoingMessage.FromText(text).AsEphemeral());
}
