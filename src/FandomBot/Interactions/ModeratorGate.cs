using FandomBot.Discord.Interactions;
using FandomBot.Discord.Models;
using FandomBot.Interactions;
using FandomBot.Storage;

namespace FandomBot.Interactions;

/// <summary>
/// Who may run the moderator commands: members with Manage Server or Administrator, read from the
/// <c>member.permissions</c> Discord sends with every interaction. Checked on every call, because a server's owner can
/// let anyone see a command whatever its <c>default_member_permissions</c> say.
/// </summary>
internal static class ModeratorGate
{
    public static bool IsModerator(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        return interaction.GuildId is not null
            && interaction.Member?.Permissions is { } permissions
            && (permissions.HasFlag(Permissions.ManageGuild) || permissions.HasFlag(Permissions.Administrator));
    }

    /// <summary>
    /// Runs a moderator subcommand: refuses outside a server and for members without Manage Server (checked again
    /// here, whatever the command's default permissions say), and answers plainly when the settings store is down.
    /// </summary>
    public static async Task<InteractionReply> RunAsync(
        Interaction interaction, SlashCommand command, Func<ulong, CommandInput, string?, Task<InteractionReply>> subcommand)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(subcommand);
        var locale = interaction.Locale;
        if (interaction.GuildId is not { } guild)
        {
            return SettingsReply.Text(SettingsTexts.GuildOnly.For(locale));
        }

        if (!IsModerator(interaction))
        {
            return SettingsReply.Text(SettingsTexts.NotModerator.For(locale));
        }

        try
        {
            return await subcommand(guild.Value, CommandInput.Of(interaction, command), locale).ConfigureAwait(false);
        }
        catch (SettingsStoreUnavailableException)
        {
            return SettingsReply.Text(SettingsTexts.Unavailable.For(locale));
        }
    }
}
