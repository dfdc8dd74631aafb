namespace FandomBot.Discord.Models;

/// <summary>An interaction (INTERACTION_CREATE): a command, a button press or an autocomplete request.</summary>
public sealed record Interaction
{
    /// <summary>The interaction's id (used in the callback route).</summary>
    public Snowflake Id { get; init; }

    /// <summary>The application it is for.</summary>
    public Snowflake ApplicationId { get; init; }

    /// <summary>The kind of interaction.</summary>
    public InteractionType Type { get; init; }

    /// <summary>The command, options or component data.</summary>
    public InteractionData? Data { get; init; }

    /// <summary>The guild it came from; absent in DMs.</summary>
    public Snowflake? GuildId { get; init; }

    /// <summary>The channel it came from.</summary>
    public Snowflake? ChannelId { get; init; }

    /// <summary>The invoking member, in guilds; carries <see cref="GuildMember.Permissions"/>.</summary>
    public GuildMember? Member { get; init; }

    /// <summary>The invoking user, in DMs.</summary>
    public User? User { get; init; }

    /// <summary>The token for responding, valid for 15 minutes. Secret: never log it.</summary>
    public string Token { get; init; } = "";

    /// <summary>Always 1.</summary>
    public int Version { get; init; }

    /// <summary>For component interactions, the message the component is on.</summary>
    public Message? Message { get; init; }

    /// <summary>The bot's permissions in the channel.</summary>
    public Permissions? AppPermissions { get; init; }

    /// <summary>The invoking user's language (for example "en-US").</summary>
    public string? Locale { get; init; }

    /// <summary>The guild's preferred language.</summary>
    public string? GuildLocale { get; init; }

    /// <summary>The invoking user, in a guild or a DM.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public User? Invoker => Member?.User ?? User;

    /// <summary>This interaction's token is secret; the default record text would print it.</summary>
    public override string ToString() =>
        $"Interaction {{ Id = {Id}, Type = {Type}, Name = {Data?.Name}, CustomId = {Data?.CustomId}, GuildId = {GuildId}, ChannelId = {ChannelId} }}";
}
