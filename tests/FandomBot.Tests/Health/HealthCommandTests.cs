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

    private Task WriteAsync(DateTimeOffset writtenAt, params ShardStatus[] shards) =>
        StatusFile.WriteAsync(_statusFile, new StatusSnapshot(writtenAt, 42, shards), TestContext.Current.CancellationToken);

    private Task<(int ExitCode, string Output, string Error)> RunAsync() =>
        CommandLineRunner.RunAsync(new System.CommandLine.RootCommand { HealthCommand.Create(_time) }, "health", $"--Health:StatusFile={_statusFile}");
}
