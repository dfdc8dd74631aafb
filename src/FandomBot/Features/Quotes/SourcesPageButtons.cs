using FandomBot.Core.Quotes;
using FandomBot.Discord.Interactions;
using FandomBot.Discord.Models;
using FandomBot.Gateway;
using FandomBot.Interactions;

namespace FandomBot.Features.Quotes;

/// <summary>The Previous / Next buttons of <c>/sources</c>: each replaces the list with the page its custom_id names.</summary>
internal sealed class SourcesPageButtons(QuoteLibrary library) : IComponentHandler
{
    public string CustomIdPrefix => SourcesPages.ButtonPrefix;

    public Task<InteractionReply> HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var page = SourcesPages.PageOf(interaction.Data?.CustomId ?? "") ?? 0;
        return Task.FromResult(InteractionReply.UpdatingMessage(SourcesPages.Message(library, page, interaction.Locale)));
    }
}
