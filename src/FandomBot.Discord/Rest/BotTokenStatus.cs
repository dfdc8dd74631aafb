using Microsoft.Extensions.Logging;

namespace FandomBot.Discord.Rest;

/// <summary>
/// Whether the bot token still works. After Discord answers 401 the token is dead: sending it again only adds to
/// the invalid-request count, so every later bot call fails fast, and this is logged once.
/// </summary>
/// <remarks>
/// How loudly depends on whether the token ever worked. A token revoked while the bot runs (reset in the Developer
/// Portal, leaked and invalidated) is an Error: the bot stays up but can no longer answer anyone. A token refused on
/// the first call is a start-up mistake the caller is told of through the call's result (the host exits 3 with one
/// line on standard error), so the log line is a Warning and does not print a second line there.
/// </remarks>
internal sealed class BotTokenStatus(ILogger<BotTokenStatus> logger)
{
    private int _revoked;
    private int _accepted;

    /// <summary>Whether Discord has rejected the token.</summary>
    public bool IsRevoked => Volatile.Read(ref _revoked) == 1;

    /// <summary>Notes that Discord accepted the token once (a successful bot call).</summary>
    public void Accepted()
    {
        if (Volatile.Read(ref _accepted) == 0)
        {
            Volatile.Write(ref _accepted, 1);
        }
    }

    /// <summary>Marks the token dead; logs the first time only.</summary>
    public void Revoke(string route)
    {
        if (Interlocked.Exchange(ref _revoked, 1) == 0)
        {
            if (Volatile.Read(ref _accepted) == 1)
            {
                logger.TokenRevoked(route);
            }
            else
            {
                logger.TokenRejected(route);
            }
        }
    }
}
