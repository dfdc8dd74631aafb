using Microsoft.Extensions.Logging;

namespace FandomBot.Discord.Rest;

/// <summary>
/// Whether the bot token still works. After Discord answers 401 the token is dead: sending it again only adds to
/// the invalid-request count, so every later bot call fails fast, and this is logged once.
/// </summary>
internal sealed class BotTokenStatus(ILogger<BotTokenStatus> logger)
{
    private int _revoked;

    /// <summary>Whether Discord has rejected the token.</summary>
    public bool IsRevoked => Volatile.Read(ref _revoked) == 1;

    /// <summary>Marks the token dead; logs the first time only.</summary>
    public void Revoke(string route)
    {
        if (Interlocked.Exchange(ref _revoked, 1) == 0)
        {
            logger.TokenRejected(route);
        }
    }
}
