using FandomBot.Discord.Models;

namespace FandomBot.Features.Settings;

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
}
