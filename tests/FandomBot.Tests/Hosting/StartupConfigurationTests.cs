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
}
