namespace FandomBot.Discord.Models;

/// <summary>A channel, as far as the bot needs it (for example the DM channel <c>POST /users/@me/channels</c> returns).</summary>
public sealed record Channel
{
    /// <summary>The channel's id.</summary>
    public Snowflake Id { get; init; }

    /// <summary>The kind of channel.</summary>
    public ChannelType Type { get; init; }

    /// <summary>The guild, absent for direct messages.</summary>
    public Snowflake? GuildId { get; init; }

    /// <summary>The channel's name (absent for direct messages).</summary>
    public string? Name { get; init; }

    /// <summary>For a thread, the channel it was started in; for a channel, its category.</summary>
    public Snowflake? ParentId { get; init; }
}
