namespace FandomBot.Cli;

/// <summary>
/// Command-line configuration overrides (<c>--Discord:ShardCount=2</c> or <c>--Discord:ShardCount 2</c>), as the
/// configuration's command-line source reads them. Anything else among the unmatched tokens is a typo.
/// </summary>
internal static class ConfigurationOverrides
{
    // Command and file names are short; a random word this long is a key or a token.
    private const int MinimumTokenLikeLength = 24;

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

    /// <summary>
    /// Whether a command-line word could be a secret (a bot token pasted after <c>run</c>): three base64url parts
    /// joined by dots with a token's lengths, or one long random-looking word of token characters (a client secret).
    /// Such a word is never echoed in an error message.
    /// </summary>
    public static bool LooksLikeToken(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (token.Length == 0 || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
        {
            return false;
        }

        // A bot token: the bot's id in base64 (18+ characters), a timestamp (6), a signature (27+). File names with
        // dots ("general.2024.json", "a-long-channel-name.json") are neither that nor one long word, and stay named.
        var parts = token.Split('.');
        return parts.Length == 3
            ? parts[0].Length >= 16 && parts[1].Length >= 4 && parts[2].Length >= 20
            : parts.Length == 1 && token.Length >= MinimumTokenLikeLength && LooksRandom(token);
    }

    // A secret is random: upper-case letters or many digits. Quote ids and file names are lower-case words with hyphens.
    private static bool LooksRandom(string word)
    {
        var digits = 0;
        foreach (var c in word)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                return true;
            }

            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return digits >= 6;
    }

    /// <summary>
    /// Writes the error for the first stray word among a command's unmatched tokens (words that are neither its options
    /// nor configuration overrides) and returns true; false when there is none. The word is named only when it cannot
    /// be a secret, so a token pasted after any command never reaches the terminal or a CI log.
    /// </summary>
    public static bool ReportStray(IReadOnlyList<string> unmatchedTokens, string commandName, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (FindStray(unmatchedTokens) is not { } stray)
        {
            return false;
        }

        error.WriteLine($"Unknown command or argument {Describe(stray)} for '{commandName}'. Configuration overrides look like --Discord:ShardCount=2; see 'fandombot {commandName} --help'.");
        return true;
    }

    /// <summary>How the error about a stray word names it: quoted, unless it could be a secret.</summary>
    public static string Describe(string stray) =>
        LooksLikeToken(stray ?? throw new ArgumentNullException(nameof(stray)))
            ? "(a word that looks like a bot token, not shown: give the token through DISCORD_TOKEN or Discord:TokenFile, never on the command line)"
            : $"'{stray}'";
}
