using FandomBot.Discord.Interactions;
using FandomBot.Discord.Models;

namespace FandomBot.Features.Commands;

/// <summary>Answers one top-level slash command of <see cref="SlashCommandCatalog"/> and its autocomplete.</summary>
internal interface ISlashCommandHandler
{
    /// <summary>The command's (English) name, as Discord sends it in <c>data.name</c>.</summary>
    string CommandName { get; }

    /// <summary>Whether the answer is only for the user; a deferral has to say so before the answer exists.</summary>
    bool IsEphemeral { get; }

    /// <summary>Works out the answer to the command.</summary>
    Task<InteractionReply> HandleAsync(Interaction interaction, CancellationToken cancellationToken);

    /// <summary>Suggestions for the focused option (at most 25).</summary>
    Task<InteractionReply> AutocompleteAsync(Interaction interaction, CancellationToken cancellationToken) =>
        Task.FromResult(InteractionReply.WithChoices([]));
}
