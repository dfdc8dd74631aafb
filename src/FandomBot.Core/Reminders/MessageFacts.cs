namespace FandomBot.Core.Reminders;

/// <summary>What the policy needs to know about a message besides its text. No Discord types: plain ids.</summary>
/// <param name="GuildId">Null for a direct message.</param>
/// <param name="ChannelId">The channel (or thread) the message is in.</param>
/// <param name="ParentChannelId">A thread's parent channel, so a listed channel covers its threads.</param>
/// <param name="AuthorId">The author.</param>
/// <param name="AuthorIsBot">A bot, a system user, or a webhook: the bot never answers those.</param>
/// <param name="AuthorRoleIds">The author's roles in the guild.</param>
public sealed record MessageFacts(
    ulong? GuildId,
    ulong ChannelId,
    ulong? ParentChannelId,
    ulong AuthorId,
    bool AuthorIsBot,
    IReadOnlyCollection<ulong> AuthorRoleIds);
