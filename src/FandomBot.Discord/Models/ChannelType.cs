namespace FandomBot.Discord.Models;

/// <summary>Discord channel types (unknown values pass through as numbers).</summary>
public enum ChannelType
{
    /// <summary>A text channel in a guild.</summary>
    GuildText = 0,

    /// <summary>A direct message between two users.</summary>
    DirectMessage = 1,

    /// <summary>A voice channel.</summary>
    GuildVoice = 2,

    /// <summary>A group direct message.</summary>
    GroupDirectMessage = 3,

    /// <summary>A category.</summary>
    GuildCategory = 4,

    /// <summary>An announcement channel.</summary>
    GuildAnnouncement = 5,

    /// <summary>A thread in an announcement channel.</summary>
    AnnouncementThread = 10,

    /// <summary>A public thread.</summary>
    PublicThread = 11,

    /// <summary>A private thread.</summary>
    PrivateThread = 12,

    /// <summary>A stage channel.</summary>
    GuildStageVoice = 13,

    /// <summary>A forum channel.</summary>
    GuildForum = 15,

    /// <summary>A media channel.</summary>
    GuildMedia = 16,
}
