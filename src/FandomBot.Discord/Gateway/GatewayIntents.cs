namespace FandomBot.Discord.Gateway;

/// <summary>Gateway intents: the event groups a shard subscribes to (Discord API v10).</summary>
[Flags]
public enum GatewayIntents
{
    /// <summary>No intents.</summary>
    None = 0,

    /// <summary>Guild create/update/delete, roles, channels.</summary>
    Guilds = 1 << 0,

    /// <summary>Messages in guild channels.</summary>
    GuildMessages = 1 << 9,

    /// <summary>Messages in direct-message channels.</summary>
    DirectMessages = 1 << 12,

    /// <summary>Privileged: the content of messages. Must be switched on in the Developer Portal.</summary>
    MessageContent = 1 << 15,

    /// <summary>What the bot needs: guilds, guild and direct messages, and their content.</summary>
    Default = Guilds | GuildMessages | DirectMessages | MessageContent,
}
