using FandomBot.Discord.Models;

namespace FandomBot.Interactions;

/// <summary>
/// Every slash command the bot registers (bulk-overwritten at start-up), assembled from the handlers the features
/// register, in their order: a command exists when its feature's handler does.
/// </summary>
internal sealed class SlashCommandCatalog(IEnumerable<ISlashCommandHandler> handlers)
{
    /// <summary>What Discord registers, one definition per handler.</summary>
    public IReadOnlyList<ApplicationCommandDefinition> All { get; } = From(handlers.Select(handler => handler.Command));

    /// <summary>What Discord registers for <paramref name="commands"/>.</summary>
    public static IReadOnlyList<ApplicationCommandDefinition> From(IEnumerable<SlashCommand> commands) =>
        [.. commands.Select(command => command.ToDiscord())];
}
