namespace FandomBot.Discord.Models;

/// <summary>The bot's application (<c>GET /applications/@me</c>).</summary>
public sealed record Application
{
    /// <summary>The application's id (commands are registered under it).</summary>
    public Snowflake Id { get; init; }

    /// <summary>The name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The description.</summary>
    public string? Description { get; init; }

    /// <summary>Whether anyone may add the bot.</summary>
    public bool? BotPublic { get; init; }

    /// <summary>The owner, unless a team owns it.</summary>
    public User? Owner { get; init; }

    /// <summary>The application's public flags.</summary>
    public long? Flags { get; init; }

    /// <summary>Roughly how many guilds the app is in.</summary>
    public int? ApproximateGuildCount { get; init; }
}
