using FandomBot.Localization;

namespace FandomBot.Interactions;

/// <summary>What the moderator commands say in every case they share, in the interaction's language.</summary>
internal static class SettingsTexts
{
    public static readonly TextKey NotModerator = new("settings.not-moderator");
    public static readonly TextKey GuildOnly = new("settings.guild-only");
    public static readonly TextKey Unavailable = new("settings.unavailable");
    public static readonly TextKey Rejected = new("settings.rejected");
    public static readonly TextKey UnknownSubcommand = new("settings.unknown-subcommand");
    public static readonly TextKey On = new("settings.on");
    public static readonly TextKey Off = new("settings.off");
    public static readonly TextKey None = new("settings.none");
}
