namespace FandomBot.Discord.Gateway;

/// <summary>Gateway opcodes (Discord API v10): what a payload's <c>op</c> means.</summary>
public enum GatewayOpCode
{
    /// <summary>An event was dispatched (server to client).</summary>
    Dispatch = 0,

    /// <summary>A heartbeat: sent by the client on its interval, or asked for by the server.</summary>
    Heartbeat = 1,

    /// <summary>Starts a new session.</summary>
    Identify = 2,

    /// <summary>Updates the bot's presence.</summary>
    PresenceUpdate = 3,

    /// <summary>Resumes a previous session.</summary>
    Resume = 6,

    /// <summary>The server asks the client to reconnect and resume.</summary>
    Reconnect = 7,

    /// <summary>The session is invalid; <c>d</c> says whether it can be resumed.</summary>
    InvalidSession = 9,

    /// <summary>Sent right after connecting; carries the heartbeat interval.</summary>
    Hello = 10,

    /// <summary>The server received a heartbeat.</summary>
    HeartbeatAck = 11,
}
