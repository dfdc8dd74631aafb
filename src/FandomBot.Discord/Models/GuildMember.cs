namespace FandomBot.Discord.Models;

/// <summary>A user's membership of a guild. On interactions it carries the member's resolved channel permissions.</summary>
public sealed record GuildMember
{
    /// <summary>The user (absent on members embedded in MESSAGE_CREATE, where the author is the user).</summary>
    public User? User { get; init; }

    /// <summary>The guild nickname.</summary>
    public string? Nick { get; init; }

    /// <summary>The ids of the member's roles.</summary>
    public IReadOnlyList<Snowflake> Roles { get; init; } = [];

    /// <summary>When the user joined the guild.</summary>
    public DateTimeOffset? JoinedAt { get; init; }

    /// <summary>The member's total permissions in the channel, with overwrites (interactions only).</summary>
    public Permissions? Permissions { get; init; }
}
