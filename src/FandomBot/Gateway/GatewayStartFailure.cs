using FandomBot.Cli;
using FandomBot.Discord.Rest;

namespace FandomBot.Gateway;

/// <summary>
/// Why the gateway never connected, as the process reports it: the exit code (so a restart policy or a liveness rule
/// does not see success) and the one line on standard error an operator acts on. Set by <see cref="BotEventLoop"/>,
/// read by the host once it has stopped.
/// </summary>
internal sealed class GatewayStartFailure
{
    private volatile Outcome? _outcome;

    /// <summary>Whether the gateway failed to start.</summary>
    public bool HasFailed => _outcome is not null;

    /// <summary>The exit code of a failed start (see <see cref="ExitCodes"/>), or <see cref="ExitCodes.Success"/>.</summary>
    public int ExitCode => _outcome?.ExitCode ?? ExitCodes.Success;

    /// <summary>The one line that says why, or null.</summary>
    public string? Line => _outcome?.Line;

    /// <summary>Records the failure: Discord's answer to <c>GET /gateway/bot</c> when there was one, else the shard manager's reason.</summary>
    public void Record(DiscordApiError? error, string reason)
    {
        _outcome = error?.Kind switch
        {
            DiscordErrorKind.Unauthorized => new(
                ExitCodes.TokenRejected,
                "Discord rejected the bot token (401 on GET /gateway/bot): set a valid Discord:Token or Discord:TokenFile (exit 3)."),
            DiscordErrorKind.NetworkFailure or DiscordErrorKind.ServerUnavailable or DiscordErrorKind.RateLimited => new(
                ExitCodes.DiscordUnreachable,
                $"Discord could not be reached after the start-up retries ({error.Kind}): check the network and Discord:ApiBaseUrl (exit 4)."),
            _ => new(ExitCodes.Failure, $"The gateway was not started: {reason} (exit 1)."),
        };
    }

    private sealed record Outcome(int ExitCode, string Line);
}
