using FandomBot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
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

    [Theory]
    [InlineData(-1)]
    [InlineData(901)]
    public void Names_the_key_of_a_resume_window_outside_what_discord_keeps(int seconds)
    {
        var result = new DiscordClientOptionsValidator().Validate(null, new DiscordClientOptions { ResumeWindowSeconds = seconds });

        Assert.True(result.Failed);
        Assert.Contains("Discord:ResumeWindowSeconds must be between 0 and 900", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Hands_sessions_over_on_stop_and_resumes_them_for_three_minutes_by_default()
    {
        var options = new DiscordClientOptions();

        Assert.True(options.HandoverOnStop);
        Assert.Equal(180, options.ResumeWindowSeconds);
    }

    [Fact]
    public void AddDiscordRest_refuses_a_wrong_url_when_the_client_is_first_needed()
    {
        var services = new ServiceCollection();
        services.AddDiscordRest();
        services.Configure<DiscordClientOptions>(options => options.ApiBaseUrl = new Uri("ws://127.0.0.1/api/v10"));
        using var provider = services.BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<DiscordRestClient>());

        Assert.Contains("Discord:ApiBaseUrl", e.Message, StringComparison.Ordinal);
    }
}
