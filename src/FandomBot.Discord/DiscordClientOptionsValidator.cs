using Microsoft.Extensions.Options;

namespace FandomBot.Discord;

/// <summary>
/// Checks the REST settings of <see cref="DiscordClientOptions"/> at start-up, naming the key that is wrong.
/// (Token presence and shard settings are checked where they are used.)
/// </summary>
public sealed class DiscordClientOptionsValidator : IValidateOptions<DiscordClientOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DiscordClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!IsAbsoluteHttp(options.ApiBaseUrl))
        {
            failures.Add($"{DiscordClientOptions.SectionName}:{nameof(DiscordClientOptions.ApiBaseUrl)} must be an absolute http(s) URL, such as https://discord.com/api/v10.");
        }

        if (options.UserAgentUrl is null || !options.UserAgentUrl.IsAbsoluteUri)
        {
            failures.Add($"{DiscordClientOptions.SectionName}:{nameof(DiscordClientOptions.UserAgentUrl)} must be an absolute URL (Discord asks for it in the User-Agent).");
        }

        if (options.ResumeWindowSeconds is < 0 or > DiscordClientOptions.MaxResumeWindowSeconds)
        {
            failures.Add($"{DiscordClientOptions.SectionName}:{nameof(DiscordClientOptions.ResumeWindowSeconds)} must be between 0 and {DiscordClientOptions.MaxResumeWindowSeconds} (got {options.ResumeWindowSeconds}); Discord keeps a session only a few minutes.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsAbsoluteHttp(Uri? url) =>
        url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
}
