namespace FandomBot.Core.Reminders;

/// <summary>
/// One message as the reminder path sees it, whichever way it came: a MESSAGE_CREATE from the gateway (the live bot)
/// or a message of a channel export (the dry run). Both sources turn their message into this, and from here on the
/// two share every step (<see cref="ReminderDecisionPath"/>): only where messages come from and where decisions go
/// differ. A struct: the live path makes one per message and the replay one per message it reads, on the heap never.
/// </summary>
/// <param name="Facts">Guild, channel, thread parent, author and roles: what the policy reads (the replay reuses one per author and channel).</param>
/// <param name="Text">The text as the bot receives it (mentions as <c>&lt;@id&gt;</c>).</param>
/// <param name="SentAt">When it was sent.</param>
/// <param name="ReplyToAuthorId">For a reply, who wrote the message it answers, when known.</param>
/// <param name="MentionedUserIds">Members it mentions, in the order the source gives them.</param>
public readonly record struct IncomingMessage(
    MessageFacts Facts,
    string Text,
    DateTimeOffset SentAt,
    ulong? ReplyToAuthorId,
    IReadOnlyList<ulong> MentionedUserIds)
{
    /// <summary>The guild; null for a direct message.</summary>
    public ulong? GuildId => Facts.GuildId;

    /// <summary>The channel or thread it was written in.</summary>
    public ulong ChannelId => Facts.ChannelId;

    /// <summary>For a message in a thread, the channel the thread belongs to.</summary>
    public ulong? ParentChannelId => Facts.ParentChannelId;

    /// <summary>The author.</summary>
    public ulong AuthorId => Facts.AuthorId;

    /// <summary>The author's roles in the guild.</summary>
    public IReadOnlyCollection<ulong> AuthorRoleIds => Facts.AuthorRoleIds;
}
