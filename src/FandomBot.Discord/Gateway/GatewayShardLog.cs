using Microsoft.Extensions.Logging;

namespace FandomBot.Discord.Gateway;

/// <summary>The shard's log lines. None carries the token or message content.</summary>
internal static partial class GatewayShardLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Shard {ShardId} connecting to {GatewayHost} to {Purpose}")]
    public static partial void Connecting(this ILogger logger, int shardId, string gatewayHost, string purpose);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Shard {ShardId} is ready: session {SessionId}, {GuildCount} guilds")]
    public static partial void Ready(this ILogger logger, int shardId, string sessionId, int guildCount);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Shard {ShardId} resumed session {SessionId}")]
    public static partial void Resumed(this ILogger logger, int shardId, string sessionId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Shard {ShardId} connection ended ({Reason}); next: {Action} in {Delay}")]
    public static partial void ConnectionEnded(this ILogger logger, int shardId, string reason, GatewayCloseAction action, TimeSpan delay);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Critical, Message = "Shard {ShardId} stopped and will not reconnect: {Reason}")]
    public static partial void StoppedFatally(this ILogger logger, int shardId, string reason);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Shard {ShardId} got no heartbeat ACK since its last heartbeat: the connection is a zombie; reconnecting to resume")]
    public static partial void Zombie(this ILogger logger, int shardId);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Warning, Message = "Shard {ShardId} skipped a malformed gateway payload (op {OpCode}, event {EventName}, {Length} bytes): {Error}")]
    public static partial void MalformedPayload(this ILogger logger, int shardId, int? opCode, string? eventName, int length, string error);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Warning, Message = "Shard {ShardId} failed {FailedResumes} resumes in a row; identifying afresh")]
    public static partial void ResumesExhausted(this ILogger logger, int shardId, int failedResumes);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Warning, Message = "Shard {ShardId} could not connect: {Error}")]
    public static partial void ConnectFailed(this ILogger logger, int shardId, string error);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Error, Message = "Shard {ShardId} hit an unexpected error; reconnecting")]
    public static partial void UnexpectedError(this ILogger logger, int shardId, Exception exception);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Information, Message = "Shard {ShardId} closing with {CloseCode}: {Purpose}")]
    public static partial void Closing(this ILogger logger, int shardId, int closeCode, string purpose);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Debug, Message = "Shard {ShardId} ignored dispatch {EventName}")]
    public static partial void IgnoredDispatch(this ILogger logger, int shardId, string? eventName);
}
