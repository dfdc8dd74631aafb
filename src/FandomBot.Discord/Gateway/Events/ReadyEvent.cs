using FandomBot.Discord.Models;

namespace FandomBot.Discord.Gateway.Events;

/// <summary>READY: a fresh session started.</summary>
/// <param name="ShardId">The shard.</param>
/// <param name="ReceivedAt">When it arrived.</param>
/// <param name="SessionId">The new session's id.</param>
/// <param name="ResumeGatewayUrl">Where to reconnect to resume this session.</param>
/// <param name="ApplicationId">The bot's application id.</param>
/// <param name="BotUser">The bot's own user.</param>
/// <param name="GuildCount">How many guilds the shard will receive GUILD_CREATE for.</param>
public sealed record ReadyEvent(
    int ShardId,
    DateTimeOffset ReceivedAt,
    string SessionId,
    Uri ResumeGatewayUrl,
    Snowflake ApplicationId,
    User BotUser,
    int GuildCount) : GatewayEvent(ShardId, ReceivedAt);
