using System.Net;
using System.Net.Sockets;
using FandomBot.Discord.Fake;
using Xunit;

namespace FandomBot.EndToEnd.Tests;

/// <summary>The real process, started as an operator starts it.</summary>
public sealed class StartupTests
{
    private const string WrongToken = "MTAwMDAwMDAwMDAwMDAwMDAx.e2e.a-token-discord-rejects";

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
    public async Task Standard_error_never_shows_the_token_even_when_it_was_put_under_another_key()
    {
        const string token = "MTIzNDU2Nzg5MDEyMzQ1Njc4.e2e.token-in-the-wrong-place";

        var (exitCode, output, error) = await BotProcess.RunAsync(["run"], new Dictionary<string, string>
        {
            ["DISCORD_TOKEN"] = token,
            ["Discord__ShardCount"] = token,
        });

        Assert.Equal(2, exitCode);
        Assert.Equal("Discord:ShardCount must be a whole number (got '***')", error.Trim());
        Assert.DoesNotContain(token, output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_prints_the_version()
    {
        var (exitCode, output, _) = await BotProcess.RunAsync(["--version"]);

        Assert.Equal(0, exitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", output.Trim());
    }

    [Fact]
    public async Task A_token_Discord_rejects_exits_3_with_one_line_that_says_so()
    {
        await using var discord = await FakeDiscordServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        discord.Rest.RequiredBotToken = "MTAwMDAwMDAwMDAwMDAwMDAx.e2e.the-right-token";
        var folder = Directory.CreateTempSubdirectory("fandombot-e2e-").FullName;

        var (exitCode, output, error) = await BotProcess.RunAsync(["run"], BotEnvironment(discord.ApiBaseUrl.ToString(), folder));

        Assert.Equal(3, exitCode);
        Assert.StartsWith("Discord rejected the bot token", OnlyLine(error), StringComparison.Ordinal);
        Assert.DoesNotContain(WrongToken, output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discord_unreachable_after_the_start_up_retries_exits_4_with_one_line_that_says_so()
    {
        var folder = Directory.CreateTempSubdirectory("fandombot-e2e-").FullName;

        var (exitCode, output, error) = await BotProcess.RunAsync(["run"], BotEnvironment($"http://127.0.0.1:{ClosedPort()}/api/v10/", folder), TimeSpan.FromSeconds(90));

        Assert.Equal(4, exitCode);
        Assert.StartsWith("Discord could not be reached after the start-up retries", OnlyLine(error), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_that_cannot_be_opened_exits_2_with_one_line_naming_the_key_and_no_stack_trace()
    {
        // A folder that is a file: no SQLite database can be opened there, whoever runs the test.
        var file = Path.GetTempFileName();
        try
        {
            var environment = BotEnvironment("http://127.0.0.1:9/api/v10/", Path.GetTempPath());
            environment["Storage__ConnectionString"] = $"Data Source={Path.Combine(file, "data", "fandombot.db")}";

            var (exitCode, output, error) = await BotProcess.RunAsync(["run"], environment);

            Assert.Equal(2, exitCode);
            Assert.StartsWith("Storage:ConnectionString: ", OnlyLine(error), StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_token_file_with_a_second_line_exits_2_naming_the_key()
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, $"{WrongToken}\nX-Injected: yes\n", TestContext.Current.CancellationToken);

            var (exitCode, output, error) = await BotProcess.RunAsync(["run"], new Dictionary<string, string> { ["Discord__TokenFile"] = file });

            Assert.Equal(2, exitCode);
            Assert.StartsWith("Discord:TokenFile: ", OnlyLine(error), StringComparison.Ordinal);
            Assert.DoesNotContain(WrongToken, output + error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static Dictionary<string, string> BotEnvironment(string apiBaseUrl, string folder) => new()
    {
        ["DISCORD_TOKEN"] = WrongToken,
        ["Discord__ApiBaseUrl"] = apiBaseUrl,
        ["Storage__ConnectionString"] = $"Data Source={Path.Combine(folder, "fandombot.db")}",
        ["Health__StatusFile"] = Path.Combine(folder, "status.json"),
    };

    private static string OnlyLine(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, $"standard error holds {lines.Length} lines, not one:\n{text}");
        return lines[0];
    }

    private static int ClosedPort()
    {
        // A port that was free a moment ago: nothing listens there, so every connection is refused at once.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
