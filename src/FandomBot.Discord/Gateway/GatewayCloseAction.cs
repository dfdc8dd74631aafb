namespace FandomBot.Discord.Gateway;

/// <summary>What a shard does after the server closed its connection with a given code.</summary>
public enum GatewayCloseAction
{
    /// <summary>Reconnect with exponential backoff and resume when a session exists.</summary>
    Reconnect,

    /// <summary>Reconnect at once to <c>resume_gateway_url</c> and resume the session.</summary>
    Resume,

    /// <summary>The session is gone: identify afresh at the gateway URL after 1–5 s.</summary>
    Reidentify,

    /// <summary>Reconnecting cannot help (bad token, bad shard, disallowed intents): stop the shard.</summary>
    Stop,
}
