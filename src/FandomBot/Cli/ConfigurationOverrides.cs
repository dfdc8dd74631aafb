namespace FandomBot.Cli;

/// <summary>
/// Command-line configuration overrides (<c>--Discord:ShardCount=2</c> or <c>--Discord:ShardCount 2</c>), as the
/// configuration's command-line source reads them. Anything else among the unmatched tokens is a typo.
/// </summary>
internal static class ConfigurationOverrides
{
    /// <summary>The first token that is neither an override nor an override's value, or null.</summary>
    public static string? FindStray(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var expectingValue = false;
        foreach (var token in tokens)
        {
            if (expectingValue)
            {
                expectingValue = false;
                continue;
            }

            if (!token.StartsWith("--", StringComparison.Ordinal) || token.Length == 2)
            {
                return token;
            }

            expectingValue = !token.Contains('=', StringComparison.Ordinal);
        }

        return expectingValue ? tokens[^1] : null;
    }
}
