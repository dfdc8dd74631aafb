using FandomBot.Core.Quotes;
using FandomBot.Discord.Interactions;
using FandomBot.Discord.Models;
using FandomBot.Features.Quotes;
using FandomBot.Interactions;

namespace FandomBot.Features.Reminders;

/// <summary>
/// <c>/reminder</c>: posts the gentle reminder publicly, in the language of whoever asked, with a sourced quote about
/// speculation or privacy. It names no one: it calms a thread without calling anybody out.
/// </summary>
internal sealed class ReminderCommandHandler(QuoteLibrary library) : ISlashCommandHandler
{
    private static readonly string[] Topics = [QuoteTopics.Speculation, QuoteTopics.Privacy];

    public SlashCommand Command => ReminderCommand.Definition;

    public bool IsEphemeral => false;

    public Task<InteractionReply> HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var seed = interaction.Id.Value;
        var phrasebook = ReminderTexts.For(interaction.Locale);
        var message = OutgoingMessage.FromText(ReminderTexts.Pick(phrasebook, seed >> 22));
        if ((library.PickRandomOnAny(seed, Topics) ?? library.PickRandom(seed)) is { } quote)
        {
            message = message with { Embeds = [QuoteEmbed.Build(quote, interaction.Locale)] };
        }

        return Task.FromResult(InteractionReply.WithMessage(message));
    }
}
