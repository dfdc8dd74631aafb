using FandomBot.Discord.Models;
using FandomBot.Discord.Rest;

namespace FandomBot.Discord.Sharding;

/// <summary>Where the shard manager learns the gateway URL, the recommended shard count and the session start limit.</summary>
public interface IGatewayBotInfoSource
{
    /// <summary>What <c>GET /gateway/bot</c> says, or why it could not be asked.</summary>
    Task<DiscordResult<GatewayBotInfo>> GetGatewayBotAsync(CancellationToken cancellationToken);
}
