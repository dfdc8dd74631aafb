using FandomBot.Discord.Interactions;
using FandomBot.Discord.Models;

namespace FandomBot.Interactions;

/// <summary>Answers one top-level slash command, defined by the feature that handles it, and its autocomplete.</summary>
internal interface ISlashCommandHandler
{
    /// <summary>The command this handler answers; its English name is what Discord sends in <c>data.name</c>.</summary>
    SlashCommand Command { get; }

    /// <summary>Whether the answer is only for the user; a deferral has to say so before the answer exists.</summary>
    bool IsEphemeral { get; }

    /// <summary>Works out the answer to the command.</summary>
    Task<InteractionReply> HandleAsync(Interaction interaction, CancellationToken cancellationToken);

    /// <summary>Suggestions for the focused option (at most 25).</summary>
    Task<InteractionReply> AutocompleteAsync(Interaction interaction, CancellationToken cancellationToken) =>
        Task.FromResult(InteractionReply.WithChoices([]));
}
