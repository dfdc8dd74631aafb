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

        try
        {
            var fromFile = File.ReadAllText(file).Trim();
            return fromFile.Length == 0 ? throw new ConfigurationException(TokenFileKey, $"the file '{file}' is empty") : fromFile;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(TokenFileKey, $"cannot read '{file}': {e.Message}");
        }
    }
}
