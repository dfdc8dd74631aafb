using FandomBot.Cli;
using FandomBot.Health;
using FandomBot.Tests.Cli;
using Microsoft.Extensions.Time.Testing;

using Xunit;

namespace FandomBot.Tests.Health;

public sealed class HealthCommandTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private readonly string _statusFile = Path.Combine(Path.GetTempPath(), $"fandombot-status-{Guid.NewGuid():N}.json");
    private readonly FakeTimeProvider _time = new(Now);

    public void Dispose() => File.Delete(_statusFile);

    [Fact]
    public async Task Healthy_when_every_shard_is_ready_or_resumed_and_the_file_is_fresh()
    {
        await WriteAsync(Now.AddSeconds(-10), new ShardStatus(0, "Ready", 12), new ShardStatus(1, "Resumed", 9));

        var (exitCode, output, _) = await RunAsync();

        Assert.Equal(0, exitCode);
        Assert.StartsWith("healthy: 2 shard(s) connected", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unhealthy_when_the_file_is_stale()
    {
        await WriteAsync(Now.AddSeconds(-46), new ShardStatus(0, "Ready", 12));

        var (exitCode, output, _) = await RunAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains("46 s old", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unhealthy_when_a_shard_is_not_connected()
    {
        await WriteAsync(Now, new ShardStatus(0, "Ready", 12), new ShardStatus(1, "Reconnecting", 0));

        var (exitCode, output, _) = await RunAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains("shard 1 is Reconnecting", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unhealthy_when_there_is_no_status_file_or_it_is_garbage()
    {
        var (missingExit, _, _) = await RunAsync();
        await File.WriteAllTextAsync(_statusFile, "{ not json", TestContext.Current.CancellationToken);
        var (garbageExit, garbageOutput, _) = await RunAsync();

        Assert.Equal(1, missingExit);
        Assert.Equal(1, garbageExit);
        Assert.Contains("no status file", garbageOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_is_the_default_question()
    {
        await WriteAsync(Now, new ShardStatus(0, "Ready", 12), new ShardStatus(1, "Identifying", 0));

        var (defaultExit, defaultOutput, _) = await RunAsync();
        var (readyExit, readyOutput, _) = await RunAsync("--ready");

        Assert.Equal(1, defaultExit);
        Assert.Equal(1, readyExit);
        Assert.Equal(defaultOutput, readyOutput);
        Assert.Contains("shard 1 is Identifying", readyOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_fails_while_no_shard_has_started()
    {
        await WriteAsync(Now);

        var (exitCode, output, _) = await RunAsync("--ready");

        Assert.Equal(1, exitCode);
        Assert.Contains("no shard is running yet", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_passes_when_every_owned_shard_is_ready_or_resumed()
    {
        await WriteAsync(Now.AddSeconds(-3), new ShardStatus(1, "Resumed", 4), new ShardStatus(5, "Ready", 7));

        var (exitCode, output, _) = await RunAsync("--ready");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("healthy: 2 shard(s) connected, status 3 s old", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Live_passes_while_a_shard_reconnects_or_none_has_started_because_a_restart_would_not_help()
    {
        await WriteAsync(Now.AddSeconds(-20), new ShardStatus(0, "Ready", 12), new ShardStatus(1, "Reconnecting", 0));
        var (reconnectingExit, reconnectingOutput, _) = await RunAsync("--live");
        await WriteAsync(Now);
        var (startingExit, startingOutput, _) = await RunAsync("--live");

        Assert.Equal(0, reconnectingExit);
        Assert.Equal("alive: status 20 s old (shard 1 is Reconnecting)", reconnectingOutput.Trim());
        Assert.Equal(0, startingExit);
        Assert.Equal("alive: status 0 s old (no shard running yet)", startingOutput.Trim());
    }

    [Fact]
    public async Task Live_fails_when_the_bot_stopped_rewriting_its_status_file()
    {
        await WriteAsync(Now.AddSeconds(-46), new ShardStatus(0, "Ready", 12));
        var (staleExit, staleOutput, _) = await RunAsync("--live");
        File.Delete(_statusFile);
        var (missingExit, missingOutput, _) = await RunAsync("--live");

        Assert.Equal(1, staleExit);
        Assert.Equal("not alive: the status file is 46 s old (more than 45 s)", staleOutput.Trim());
        Assert.Equal(1, missingExit);
        Assert.Contains("not alive: no status file", missingOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_and_live_together_are_refused()
    {
        await WriteAsync(Now, new ShardStatus(0, "Ready", 12));

        var (exitCode, output, error) = await RunAsync("--ready", "--live");

        Assert.Equal(1, exitCode);
        Assert.Empty(output);
        Assert.Equal("health takes --ready or --live, not both.", error.Trim());
    }

    private Task WriteAsync(DateTimeOffset writtenAt, params ShardStatus[] shards) =>
        StatusFile.WriteAsync(_statusFile, new StatusSnapshot(writtenAt, 42, shards), TestContext.Current.CancellationToken);

    [Fact]
    public async Task A_value_of_the_wrong_type_exits_2_with_one_line_naming_the_key()
    {
        await WriteAsync(Now, new ShardStatus(0, "Ready", 12));

        var (exitCode, output, error) = await RunAsync("--Health:MaxAgeSeconds=abc");

        Assert.Equal(ExitCodes.ConfigurationError, exitCode);
        Assert.Empty(output);
        Assert.Equal("Health:MaxAgeSeconds must be a whole number (got 'abc')", Assert.Single(CommandLineRunner.Lines(error)));
    }

    private Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] flags) =>
        CommandLineRunner.RunAsync(new System.CommandLine.RootCommand { HealthCommand.Create(_time) }, ["health", .. flags, $"--Health:StatusFile={_statusFile}"]);
}
