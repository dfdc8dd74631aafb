namespace FandomBot.Tests.Replay;

/// <summary>A message for test exports, in DiscordChatExporter's terms.</summary>
internal sealed record TestMessage(
    ulong Id,
    DateTimeOffset Timestamp,
    string Content,
    TestAuthor Author,
    string Type = "Default",
    DateTimeOffset? EditedAt = null,
    IReadOnlyList<TestAuthor>? Mentions = null,
    ulong? ReplyTo = null);
