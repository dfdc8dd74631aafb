namespace FandomBot.Discord.Models;

/// <summary>A Discord user (also the current user from <c>GET /users/@me</c>).</summary>
public sealed record User
{
    /// <summary>The user's id.</summary>
    public Snowflake Id { get; init; }

    /// <summary>The unique username.</summary>
    public string Username { get; init; } = "";

    /// <summary>The legacy discriminator ("0" for migrated users).</summary>
    public string? Discriminator { get; init; }

    /// <summary>The display name, if set.</summary>
    public string? GlobalName { get; init; }

    /// <summary>The avatar hash.</summary>
    public string? Avatar { get; init; }

    /// <summary>Whether the user is a bot (absent means no).</summary>
    public bool? Bot { get; init; }

    /// <summary>Whether the user is an official Discord system user.</summary>
    public bool? System { get; init; }

    /// <summary>Whether the user is a bot.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsBot => Bot == true;
}
