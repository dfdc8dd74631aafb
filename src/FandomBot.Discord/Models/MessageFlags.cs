namespace FandomBot.Discord.Models;

/// <summary>Message flags the bot uses.</summary>
[Flags]
#pragma warning disable CA1711 // Discord's own name.
public enum MessageFlags
{
    /// <summary>No flags.</summary>
    None = 0,

    /// <summary>Do not include embeds for links in the content.</summary>
    SuppressEmbeds = 1 << 2,

    /// <summary>Only the user who invoked the interaction sees the message (interaction responses only).</summary>
    Ephemeral = 1 << 6,

    /// <summary>Send without a push or desktop notification.</summary>
    SuppressNotifications = 1 << 12,
}
#pragma warning restore CA1711
