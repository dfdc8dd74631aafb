using Xunit;

namespace FandomBot.Discord.Tests.Rest;

public sealed class DiscordClientOptionsValidatorTests
{
    [Fact]
    public void Accepts_the_defaults() =>
        Assert.True(new DiscordClientOptionsValidator().Validate(null, new DiscordClientOptions()).Succeeded);

    [Theory]
    [InlineData("ftp://discord.com/api/v10")]
    [InlineData("/api/v10")]
    public void Names_the_key_of_a_wrong_api_base_url(string url)
    {
        var result = new DiscordClientOptionsValidator().Validate(null, new DiscordClientOptions { ApiBaseUrl = new Uri(url, UriKind.RelativeOrAbsolute) });

        Assert.True(result.Failed);
        Assert.Contains("Discord:ApiBaseUrl must be an absolute http(s) URL", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_the_key_of_a_relative_user_agent_url()
    {
        var result = new DiscordClientOptionsValidator().Validate(null, new DiscordClientOptions { UserAgentUrl = new Uri("fandombot", UriKind.Relative) });

        Assert.Contains("Discord:UserAgentUrl", result.FailureMessage, StringComparison.Ordinal);
    }
}
