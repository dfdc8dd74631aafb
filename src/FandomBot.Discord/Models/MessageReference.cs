namespace FandomBot.Discord.Models;

/// <summary>Which message a message replies to (incoming) or should reply to (outgoing).</summary>
public sealed record MessageReference
{
    /// <summary>The referenced message.</summary>
    public Snowflake? MessageId { get; init; }

    /// <summary>The referenced message's channel.</summary>
    public Snowflake? ChannelId { get; init; }

    /// <summary>The referenced message's guild.</summary>
    public Snowflake? GuildId { get; init; }

    /// <summary>Outgoing: when <see langword="false"/>, send as a normal message if the referenced one is gone.</summary>
    public bool? FailIfNotExists { get; init; }
}
