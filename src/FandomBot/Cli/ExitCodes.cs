namespace FandomBot.Cli;

/// <summary>The process exit codes every command shares (README, "Exit codes", lists them for operators).</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Something the command was asked to check is not so (unhealthy, unreadable input), or the gateway did not start for another reason.</summary>
    public const int Failure = 1;

    /// <summary>The configuration (options, token, token file, quote or pack files, database, log file) is wrong: fix it and start again.</summary>
    public const int ConfigurationError = 2;

    /// <summary><c>run</c>: Discord rejected the bot token (401 on <c>GET /gateway/bot</c>). Restarting will not help.</summary>
    public const int TokenRejected = 3;

    /// <summary><c>run</c>: Discord did not answer (network failure, 5xx, rate limit) after the start-up retries. A restart later may help.</summary>
    public const int DiscordUnreachable = 4;
}
