namespace FandomBot.Cli;

/// <summary>
/// Command-line configuration overrides (<c>--Discord:ShardCount=2</c> or <c>--Discord:ShardCount 2</c>), as the
/// configuration's command-line source reads them. Anything else among the unmatched tokens is a typo.
/// </summary>
internal static class ConfigurationOverrides
{
    /// <summary>
    /// Whether a token is an override written in one piece (<c>--Key=value</c>, <c>--Key:Sub=value</c>): a command whose
    /// arguments take any number of values (replay's exports) receives such tokens among its values, as no option
    /// matches them.
    /// </summary>
    public static bool IsOverride(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var equals = token.IndexOf('=', StringComparison.Ordinal);
        return token.StartsWith("--", StringComparison.Ordinal) && equals > 2;
    }

    /// <summary>
    /// Splits the values an argument received into the overrides among them (<c>--Key=value</c>, or <c>--Key value</c>
    /// as two tokens) and the rest, in order. The parser hands any unknown <c>--</c> token to an argument that still
    /// takes values, so in <c>replay a.json --Fandoms:Path=x</c> the override arrives as an export.
    /// </summary>
    public static (List<string> Overrides, List<string> Values) Separate(IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var overrides = new List<string>();
        var rest = new List<string>();
        for (var i = 0; i < values.Count; i++)
        {
            var token = values[i];
            if (IsOverride(token))
            {
                overrides.Add(token);
            }
            else if (token.StartsWith("--", StringComparison.Ordinal) && token.Length > 2 && i + 1 < values.Count)
            {
                overrides.Add(token);
                overrides.Add(values[++i]);
            }
            else
            {
                rest.Add(token);
            }
        }

        return (overrides, rest);
    }

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
