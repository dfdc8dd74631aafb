namespace FandomBot.Discord.Models;

/// <summary>A message as Discord sends it (MESSAGE_CREATE, or the answer to creating and editing messages).</summary>
public sealed record Message
{
    /// <summary>The message's id.</summary>
    public Snowflake Id { get; init; }

    /// <summary>The channel it was posted in.</summary>
    public Snowflake ChannelId { get; init; }

    /// <summary>The guild, absent in direct messages (and in REST answers).</summary>
    public Snowflake? GuildId { get; init; }

    /// <summary>The author. For webhook messages this is the webhook's pseudo-user.</summary>
    public User Author { get; init; } = new();

    /// <summary>The author's membership of the guild (gateway events in guilds only; has no user).</summary>
    public GuildMember? Member { get; init; }

    /// <summary>The text. Empty without the Message Content intent, unless the bot is mentioned or it is a DM.</summary>
    public string Content { get; init; } = "";

    /// <summary>Users mentioned in the message.</summary>
    public IReadOnlyList<User> Mentions { get; init; } = [];

    /// <summary>Roles mentioned in the message.</summary>
    public IReadOnlyList<Snowflake> MentionRoles { get; init; } = [];

    /// <summary>Whether @everyone or @here was mentioned.</summary>
    public bool MentionEveryone { get; init; }

    /// <summary>Set when a webhook posted the message.</summary>
    public Snowflake? WebhookId { get; init; }

    /// <summary>The message this one replies to or forwards.</summary>
    public MessageReference? MessageReference { get; init; }

    /// <summary>For a reply, the message it answers (Discord sends it with MESSAGE_CREATE; null when it was deleted).</summary>
    public Message? ReferencedMessage { get; init; }

    /// <summary>When the message was sent.</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>When the message was last edited.</summary>
    public DateTimeOffset? EditedTimestamp { get; init; }

    /// <summary>The kind of message.</summary>
    public MessageType Type { get; init; }

    /// <summary>The message's flags.</summary>
    public MessageFlags? Flags { get; init; }

    /// <summary>The embeds.</summary>
    public IReadOnlyList<Embed> Embeds { get; init; } = [];

    /// <summary>Whether a webhook (not a user or bot account) posted it.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsFromWebhook => WebhookId is not null;

    /// <summary>Ids and sizes only: what people write must not reach logs through a record's default text.</summary>
    public override string ToString() =>
        $"Message {{ Id = {Id}, ChannelId = {ChannelId}, GuildId = {GuildId}, AuthorId = {Author.Id}, Type = {Type}, ContentLength = {Content.Length} }}";
}
