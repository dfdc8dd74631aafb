namespace FandomBot.Discord.Models;

/// <summary>Where a command may be used (<c>contexts</c>).</summary>
public enum InteractionContextType
{
    /// <summary>In guilds.</summary>
    Guild = 0,

    /// <summary>In the bot's DMs.</summary>
    BotDm = 1,

    /// <summary>In group and other DMs (user-installed apps).</summary>
    PrivateChannel = 2,
}
