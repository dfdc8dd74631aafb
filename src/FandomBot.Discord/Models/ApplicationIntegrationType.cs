namespace FandomBot.Discord.Models;

/// <summary>How an app may be installed (<c>integration_types</c>).</summary>
public enum ApplicationIntegrationType
{
    /// <summary>Installed to a guild.</summary>
    GuildInstall = 0,

    /// <summary>Installed to a user.</summary>
    UserInstall = 1,
}
