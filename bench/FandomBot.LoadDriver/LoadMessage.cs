namespace FandomBot.LoadDriver;

/// <summary>One MESSAGE_CREATE to send: where, who, what, and what the bot should do with it.</summary>
internal sealed record LoadMessage(ulong MessageId, ulong GuildId, ulong ChannelId, ulong AuthorId, string Content, MessageKind Kind);
