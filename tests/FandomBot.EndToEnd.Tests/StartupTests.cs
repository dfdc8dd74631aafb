using Xunit;

namespace FandomBot.EndToEnd.Tests;

/// <summary>The real process, started as an operator starts it.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task Without_a_token_the_bot_exits_2_and_says_what_to_set_how_to_get_one_and_which_intent()
    {
        var (exitCode, _, error) = await BotProcess.RunAsync(["run"]);

        Assert.Equal(2, exitCode);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains("DISCORD_TOKEN", lines[0], StringComparison.Ordinal);
        Assert.Contains("Developer", error, StringComparison.Ordinal);
        Assert.Contains("Message Content intent", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_option_from_the_environment_exits_2_with_one_line_naming_the_key()
    {
        var (exitCode, output, error) = await BotProcess.RunAsync(["run"], new Dictionary<string, string>
        {
            ["DISCORD_TOKEN"] = "MTIzNDU2Nzg5MDEyMzQ1Njc4.e2e.token",
            ["Health__MaxAgeSeconds"] = "-5",
        });

        Assert.Equal(2, exitCode);
        Assert.Equal("Health:MaxAgeSeconds must be between 30 and 3600 (got -5)", error.Trim());
        Assert.DoesNotContain("MTIzNDU2Nzg5MDEyMzQ1Njc4.e2e.token", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_prints_the_version()
    {
        var (exitCode, output, _) = await BotProcess.RunAsync(["--version"]);

        Assert.Equal(0, exitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", output.Trim());
    }
}
