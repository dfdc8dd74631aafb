using System.Globalization;
using FandomBot.Tests.Cli;

using Xunit;

namespace FandomBot.Tests.Hosting;

public sealed class StartupConfigurationTests
{
    // A syntactically plausible token; the bot never gets as far as using it in these tests.
    private const string Token = "--Discord:Token=MTIzNDU2Nzg5MDEyMzQ1Njc4.test.token-value";

    [Fact]
    public async Task Run_without_a_token_exits_2_with_three_lines_saying_what_to_set_and_how()
    {
        Assert.SkipWhen(Environment.GetEnvironmentVariable("DISCORD_TOKEN") is { Length: > 0 }, "DISCORD_TOKEN is set in this environment");

        var (exitCode, _, error) = await CommandLineRunner.RunAsync("run");

        Assert.Equal(2, exitCode);
        var lines = CommandLineRunner.Lines(error);
        Assert.Equal(3, lines.Length);
        Assert.Contains("DISCORD_TOKEN", lines[0], StringComparison.Ordinal);
        Assert.Contains("discord.com/developers/applications", lines[1], StringComparison.Ordinal);
        Assert.Contains("Message Content intent", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_option_exits_2_with_one_line_naming_the_key()
    {
        var (exitCode, _, error) = await CommandLineRunner.RunAsync("run", Token, "--Logging:Console=xml");

        Assert.Equal(2, exitCode);
        var line = Assert.Single(CommandLineRunner.Lines(error));
        Assert.StartsWith("Logging:Console must be one of", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_names_the_key_and_the_value()
    {
        var (exitCode, _, error) = await CommandLineRunner.RunAsync("run", Token, "--Discord:ShardCount=lots");

        Assert.Equal(2, exitCode);
        Assert.Equal("Discord:ShardCount must be a whole number (got 'lots')", Assert.Single(CommandLineRunner.Lines(error)));
    }

    [Theory]
    [InlineData("--Discord:ProcessCount=2", "Discord:ShardCount must be set when Discord:ShardIds is auto")]
    [InlineData("--Discord:ShardCount=4", "Discord:ProcessCount must be set when Discord:ShardIds is auto")]
    [InlineData("--Discord:ShardCount=4 --Discord:ProcessCount=2 --Discord:ProcessIndex=2", "Discord:ProcessIndex 2 is outside 0..1 (Discord:ProcessCount is 2).")]
    [InlineData("--Discord:ShardCount=2 --Discord:ProcessCount=3 --Discord:ProcessIndex=0", "Discord:ProcessCount 3 is more than Discord:ShardCount 2")]
    [InlineData("--Discord:ShardCount=4 --Discord:ProcessCount=two", "Discord:ProcessCount must be a whole number (got 'two')")]
    public async Task Auto_shards_with_a_wrong_or_missing_setting_exit_2_with_one_line_naming_the_key(string settings, string expected)
    {
        var (exitCode, _, error) = await CommandLineRunner.RunAsync(["run", Token, "--Discord:ShardIds=auto", .. settings.Split(' ')]);

        Assert.Equal(2, exitCode);
        Assert.StartsWith(expected, Assert.Single(CommandLineRunner.Lines(error)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_process_count_without_auto_exits_2_rather_than_every_process_running_every_shard()
    {
        var (exitCode, _, error) = await CommandLineRunner.RunAsync("run", Token, "--Discord:ProcessCount=4");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("Discord:ProcessCount is set, but Discord:ShardIds is empty (all shards), not auto", Assert.Single(CommandLineRunner.Lines(error)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_can_come_from_a_secret_file()
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, "token-from-a-secret-file\n", TestContext.Current.CancellationToken);

            // A later, unrelated mistake proves the token check passed: the missing-token lines are not printed.
            var (exitCode, _, error) = await CommandLineRunner.RunAsync("run", $"--Discord:TokenFile={file}", "--Logging:Console=xml");

            Assert.Equal(2, exitCode);
            Assert.StartsWith("Logging:Console", Assert.Single(CommandLineRunner.Lines(error)), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task An_unreadable_token_file_exits_2_naming_the_key()
    {
        var (exitCode, _, error) = await CommandLineRunner.RunAsync("run", "--Discord:TokenFile=/nonexistent/fandombot-token");

        Assert.Equal(2, exitCode);
        Assert.StartsWith("Discord:TokenFile: cannot read '/nonexistent/fandombot-token'", Assert.Single(CommandLineRunner.Lines(error)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_quote_file_stops_start_up_with_one_line_naming_the_file_and_position()
    {
        var file = Path.Combine(Path.GetTempPath(), $"broken-quotes-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, "[\n  { \"id\": \"x\",\n", TestContext.Current.CancellationToken);
        try
        {
            var (exitCode, _, error) = await CommandLineRunner.RunAsync("run", Token, $"--Quotes:Path={file}");

            Assert.Equal(2, exitCode);
            Assert.StartsWith($"{file}: line ", Assert.Single(CommandLineRunner.Lines(error)), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_typo_in_the_command_is_refused_rather_than_taken_as_configuration()
    {
        var (exitCode, _, error) = await CommandLineRunner.RunAsync("qoute");

        Assert.Equal(1, exitCode);
        Assert.Contains("'qoute'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("first-line-token\nX-Injected: header\n", "more than one line")]
    [InlineData("first-line-token\r\n\r\n", "more than one line")]
    [InlineData("Bot first-line-token\n", "characters a bot token does not have")]
    [InlineData("\"first-line-token\"", "characters a bot token does not have")]
    public async Task A_token_file_that_is_not_one_line_of_token_characters_exits_2_naming_the_key_not_the_content(string content, string problem)
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, content, TestContext.Current.CancellationToken);

            var (exitCode, output, error) = await CommandLineRunner.RunAsync("run", $"--Discord:TokenFile={file}");

            Assert.Equal(2, exitCode);
            var line = Assert.Single(CommandLineRunner.Lines(error));
            Assert.StartsWith($"Discord:TokenFile: the file '{file}' holds", line, StringComparison.Ordinal);
            Assert.Contains(problem, line, StringComparison.Ordinal);
            Assert.DoesNotContain("first-line-token", output + error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789_-abc")]
    public async Task A_bare_token_on_the_command_line_is_refused_without_being_echoed(string bare)
    {
        var (exitCode, output, error) = await CommandLineRunner.RunAsync("run", bare);

        Assert.Equal(1, exitCode);
        Assert.Contains("looks like a bot token", Assert.Single(CommandLineRunner.Lines(error)), StringComparison.Ordinal);
        Assert.DoesNotContain(bare, output + error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("quote", "{0}")]
    [InlineData("invite", "{0}")]
    [InlineData("health", "{0}")]
    [InlineData("replay", "{0} --Fandoms:Path=x")]
    [InlineData("replay", "--report out.html --Fandoms:Path=x {0}")]
    [InlineData("quote", "--topic {0}")]
    [InlineData("quote", "--speaker {0}")]
    [InlineData("quote", "--id {0}")]
    [InlineData("quote", "-{0}")]
    public async Task A_token_given_to_any_command_is_refused_or_reported_without_being_echoed(string command, string arguments)
    {
        const string bare = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789";
        string[] words = [command, .. string.Format(CultureInfo.InvariantCulture, arguments, bare).Split(' ')];

        var (exitCode, output, error) = await CommandLineRunner.RunAsync(words);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("looks like a bot token", Assert.Single(CommandLineRunner.Lines(error)), StringComparison.Ordinal);
        Assert.DoesNotContain(bare, output + error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("quote")]
    [InlineData("invite")]
    [InlineData("health")]
    public async Task A_stray_word_after_a_command_that_takes_none_is_named_and_refused(string command)
    {
        var (exitCode, output, error) = await CommandLineRunner.RunAsync(command, "speculation");

        Assert.Equal(1, exitCode);
        Assert.StartsWith($"Unknown command or argument 'speculation' for '{command}'", Assert.Single(CommandLineRunner.Lines(error)), StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public async Task A_bare_token_without_a_command_is_not_echoed_either()
    {
        const string bare = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789";

        var (exitCode, output, error) = await CommandLineRunner.RunAsync(bare);

        Assert.Equal(1, exitCode);
        Assert.DoesNotContain(bare, output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stray_word_that_is_not_a_token_is_still_named()
    {
        var (exitCode, _, error) = await CommandLineRunner.RunAsync("run", "rnu");

        Assert.Equal(1, exitCode);
        Assert.Contains("'rnu'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_log_file_that_cannot_be_written_exits_2_with_one_line_naming_the_key()
    {
        // A folder that is a file cannot hold a log, whoever runs the test (root ignores read-only permissions).
        var file = Path.GetTempFileName();
        try
        {
            var path = Path.Combine(file, "logs", "fandombot.log");

            var (exitCode, _, error) = await CommandLineRunner.RunAsync("run", Token, $"--Logging:FilePath={path}");

            Assert.Equal(2, exitCode);
            Assert.StartsWith($"Logging:FilePath cannot be written ('{path}'", Assert.Single(CommandLineRunner.Lines(error)), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_database_that_cannot_be_opened_exits_2_with_one_line_naming_the_key()
    {
        var file = Path.GetTempFileName();
        try
        {
            var database = Path.Combine(file, "data", "fandombot.db");

            var (exitCode, output, error) = await CommandLineRunner.RunAsync(
                "run", Token, $"--Storage:ConnectionString=Data Source={database}", "--Discord:ApiBaseUrl=http://127.0.0.1:9/", "--Logging:Console=off");

            Assert.Equal(2, exitCode);
            Assert.StartsWith("Storage:ConnectionString: ", Assert.Single(CommandLineRunner.Lines(error)), StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task The_token_pasted_into_another_key_is_masked_in_the_error_line()
    {
        var tokenValue = Token["--Discord:Token=".Length..];

        var (exitCode, output, error) = await CommandLineRunner.RunAsync("run", Token, $"--Discord:ShardCount={tokenValue}");

        Assert.Equal(2, exitCode);
        Assert.Equal("Discord:ShardCount must be a whole number (got '***')", Assert.Single(CommandLineRunner.Lines(error)));
        Assert.DoesNotContain(tokenValue, output + error, StringComparison.Ordinal);
    }
}
