namespace FandomBot.Discord.Gateway;

/// <summary>Discord's gateway close codes and what each means for the shard.</summary>
public static class GatewayCloseCodes
{
    /// <summary>The close code the client uses to drop a connection while keeping the session resumable.</summary>
    /// <remarks>1000 and 1001 end the session on Discord's side, so anything we mean to resume closes with another code.</remarks>
    public const int ClientReconnect = 4900;

    /// <summary>
    /// The close code of a shard stopping so that another process (or this one, restarted) can resume its session:
    /// like <see cref="ClientReconnect"/> it keeps the session on Discord's side, and it tells the two apart in logs.
    /// </summary>
    public const int Handover = 4901;

    /// <summary>The close code of a final shutdown: Discord ends the session and the bot shows offline.</summary>
    public const int Shutdown = 1000;

    /// <summary>Decides what a shard does after a close with <paramref name="closeCode"/>.</summary>
    public static GatewayCloseAction Classify(int? closeCode) => closeCode switch
    {
        4000 or 4001 or 4002 or 4003 or 4005 or 4008 => GatewayCloseAction.Resume,
        4007 or 4009 => GatewayCloseAction.Reidentify,
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => GatewayCloseAction.Stop,
        _ => GatewayCloseAction.Reconnect,
    };

    /// <summary>The one log line that says why a fatal close stopped the shard and what a person must do.</summary>
    public static string DescribeFatal(int closeCode) => closeCode switch
    {
        4004 => "authentication failed (4004): the bot token is wrong or was reset; set Discord:Token to the current token",
        4010 => "invalid shard (4010): Discord:ShardIds / Discord:ShardCount name a shard Discord does not accept",
        4011 => "sharding required (4011): the bot is in too many guilds for one shard; raise Discord:ShardCount",
        4012 => "invalid API version (4012): the gateway rejected API v10",
        4013 => "invalid intents (4013): the intents bit field is not valid",
        4014 => "disallowed intents (4014): switch on the Message Content intent in the Developer Portal (Bot → Privileged Gateway Intents)",
        _ => $"closed with code {closeCode}",
    };
}
