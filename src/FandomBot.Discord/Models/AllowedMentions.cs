namespace FandomBot.Discord.Models;

/// <summary>
/// Who a message may ping. Mass pings (@everyone, @here, every mentioned role or user) can never be switched on:
/// <see cref="Parse"/> is always empty, so only the users and roles a caller names explicitly are pinged.
/// </summary>
public sealed record AllowedMentions
{
    /// <summary>Nobody is pinged, whatever the text says. The default of every outgoing message.</summary>
    public static AllowedMentions None { get; } = new();

    /// <summary>Always empty: Discord then pings only <see cref="Users"/> and <see cref="Roles"/>.</summary>
#pragma warning disable CA1822 // An instance property, so the serializer writes it.
    public IReadOnlyList<string> Parse => [];
#pragma warning restore CA1822

    /// <summary>The users who may be pinged (at most 100).</summary>
    public IReadOnlyList<Snowflake>? Users { get; init; }

    /// <summary>The roles that may be pinged (at most 100).</summary>
    public IReadOnlyList<Snowflake>? Roles { get; init; }

    /// <summary>Whether the author of the message replied to is pinged; off unless asked for.</summary>
    public bool RepliedUser { get; init; }

    /// <summary>Allows pinging exactly these users.</summary>
    public static AllowedMentions OnlyUsers(params IReadOnlyList<Snowflake> users) => new() { Users = users };
}
