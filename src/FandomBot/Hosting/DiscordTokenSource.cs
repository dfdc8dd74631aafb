using FandomBot.Discord;
using Microsoft.Extensions.Configuration;

namespace FandomBot.Hosting;

/// <summary>
/// Where the token comes from: <c>Discord:Token</c> (also set by <c>DISCORD_TOKEN</c>), else the file named by
/// <c>Discord:TokenFile</c> (a Docker or Kubernetes secret). Read once at start, never logged.
/// </summary>
internal static class DiscordTokenSource
{
    public const string TokenKey = DiscordClientOptions.SectionName + ":Token";
    public const string TokenFileKey = DiscordClientOptions.SectionName + ":TokenFile";

    /// <summary>The token, or null when none is configured.</summary>
    /// <exception cref="ConfigurationException">TokenFile is set but cannot be read.</exception>
    public static string? Resolve(IConfiguration configuration)
    {
        if (configuration[TokenKey] is { } token && !string.IsNullOrWhiteSpace(token))
        {
            return token.Trim();
        }

        if (configuration[TokenFileKey] is not { } file || string.IsNullOrWhiteSpace(file))
        {
            return null;
        }

        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(TokenFileKey, $"cannot read '{file}': {e.Message}");
        }

        return FromFileText(text, file);
    }

    /// <summary>
    /// The token a token file holds: one line of token characters, with at most a trailing newline. Anything else is
    /// refused, never repaired: a second line used to reach the REST client and became an extra HTTP header. The
    /// message names the file and the problem, never its content.
    /// </summary>
    internal static string FromFileText(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = text.EndsWith("\r\n", StringComparison.Ordinal) ? text[..^2] : text.EndsWith('\n') ? text[..^1] : text;
        if (line.Length == 0)
        {
            throw new ConfigurationException(TokenFileKey, $"the file '{file}' is empty");
        }

        if (line.Contains('\n', StringComparison.Ordinal) || line.Contains('\r', StringComparison.Ordinal))
        {
            throw new ConfigurationException(TokenFileKey, $"the file '{file}' holds more than one line; it must hold the token alone, on one line");
        }

        if (!line.All(IsTokenCharacter))
        {
            throw new ConfigurationException(TokenFileKey, $"the file '{file}' holds characters a bot token does not have (spaces, quotes, \"Bot \"…); it must hold the token alone, on one line");
        }

        return line;
    }

    /// <summary>Bot tokens are base64url parts joined by dots.</summary>
    internal static bool IsTokenCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';
}
