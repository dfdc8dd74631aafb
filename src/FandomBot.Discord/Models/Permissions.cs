using System.Text.Json.Serialization;

namespace FandomBot.Discord.Models;

/// <summary>Discord permission bits (sent as a decimal string). Only the bits the bot reasons about are named.</summary>
[Flags]
[JsonConverter(typeof(PermissionsJsonConverter))]
#pragma warning disable CA1711 // "Permissions" is Discord's own name for this bit set.
public enum Permissions : ulong
#pragma warning restore CA1711
{
    /// <summary>No permissions.</summary>
    None = 0,

    /// <summary>Create invites.</summary>
    CreateInstantInvite = 1UL << 0,

    /// <summary>Kick members.</summary>
    KickMembers = 1UL << 1,

    /// <summary>Ban members.</summary>
    BanMembers = 1UL << 2,

    /// <summary>All permissions, bypassing channel overwrites.</summary>
    Administrator = 1UL << 3,

    /// <summary>Manage channels.</summary>
    ManageChannels = 1UL << 4,

    /// <summary>Manage the guild's settings.</summary>
    ManageGuild = 1UL << 5,

    /// <summary>Add reactions.</summary>
    AddReactions = 1UL << 6,

    /// <summary>See the channel.</summary>
    ViewChannel = 1UL << 10,

    /// <summary>Send messages.</summary>
    SendMessages = 1UL << 11,

    /// <summary>Delete or pin others' messages.</summary>
    ManageMessages = 1UL << 13,

    /// <summary>Embed links.</summary>
    EmbedLinks = 1UL << 14,

    /// <summary>Read message history.</summary>
    ReadMessageHistory = 1UL << 16,

    /// <summary>Mention @everyone, @here and every role.</summary>
    MentionEveryone = 1UL << 17,

    /// <summary>Manage roles.</summary>
    ManageRoles = 1UL << 28,

    /// <summary>Manage webhooks.</summary>
    ManageWebhooks = 1UL << 29,

    /// <summary>Use application commands.</summary>
    UseApplicationCommands = 1UL << 31,

    /// <summary>Send messages in threads.</summary>
    SendMessagesInThreads = 1UL << 38,

    /// <summary>Time members out.</summary>
    ModerateMembers = 1UL << 40,
}
