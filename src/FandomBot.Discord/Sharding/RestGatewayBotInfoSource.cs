using FandomBot.Discord.Models;
using FandomBot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;

namespace FandomBot.Discord.Sharding;

/// <summary>Asks Discord's REST API (<c>GET /gateway/bot</c>).</summary>
/// <remarks>The REST client is a typed HttpClient, so it is resolved per call instead of being held for the app's life.</remarks>
internal sealed class RestGatewayBotInfoSource(IServiceProvider services) : IGatewayBotInfoSource
{
    public Task<DiscordResult<GatewayBotInfo>> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        services.GetRequiredService<DiscordRestClient>().GetGatewayBotAsync(cancellationToken);
}
