namespace FandomBot.Cli;

/// <summary>The process exit codes every command shares.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Something the command was asked to check is not so (unhealthy, unreadable input).</summary>
    public const int Failure = 1;

    /// <summary>The configuration (options, token, quote or pack files) is wrong: fix it and start again.</summary>
    public const int ConfigurationError = 2;
}
