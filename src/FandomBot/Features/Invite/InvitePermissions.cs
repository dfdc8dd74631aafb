namespace FandomBot.Features.Invite;

/// <summary>The smallest set of permissions the bot needs, each with the reason a server owner can read.</summary>
internal static class InvitePermissions
{
    public static readonly IReadOnlyList<(string Name, ulong Bit, string Why)> Needed =
    [
        ("View Channels", 1UL << 10, "to see the channels moderators chose for reminders"),
        ("Send Messages", 1UL << 11, "to reply with a reminder or a quote"),
        ("Send Messages in Threads", 1UL << 38, "to reply inside threads too"),
        ("Embed Links", 1UL << 14, "to show quotes as embeds with their source links"),
        ("Read Message History", 1UL << 16, "to reply to a message (a reply needs to see the message it answers)"),
    ];

    /// <summary>The permission integer of the invite URL: 274877991936.</summary>
    public static ulong Value => Needed.Aggregate(0UL, (sum, p) => sum | p.Bit);
}
