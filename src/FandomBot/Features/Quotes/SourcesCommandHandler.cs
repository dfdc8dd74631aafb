using FandomBot.Core.Quotes;
using FandomBot.Discord.Interactions;
using FandomBot.Discord.Models;
using FandomBot.Interactions;

namespace FandomBot.Features.Quotes;

/// <summary><c>/sources</c>: the first page of every quote with its speaker, date and links, only for the user.</summary>
internal sealed class SourcesCommandHandler(QuoteLibrary library) : ISlashCommandHandler
{
    public SlashCommand Command => SourcesCommand.Definition;

    public bool IsEphemeral => true;

    public Task<InteractionReply> HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return Task.FromResult(InteractionReply.WithMessage(SourcesPages.Message(library, 0, interaction.Locale).AsEphemeral()));
    }
}
