using FandomBot.Health;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace FandomBot.Tests.Health;

public sealed class StatusFileWriterTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"fandombot-status-writer-{Guid.NewGuid():N}.json");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private readonly MutableShards _shards = new();

    public void Dispose() => File.Delete(_path);

    [Fact]
    public async Task Writes_at_start_within_a_second_of_a_change_and_every_fifteen_seconds_then_stopped_on_shutdown()
    {
        using var writer = new StatusFileWriter(_shards, Options.Create(new HealthOptions { StatusFile = _path }), _time, NullLogger<StatusFileWriter>.Instance);
        var start = _time.GetUtcNow();
        _shards.State = "Connecting";

        await writer.StartAsync(TestContext.Current.CancellationToken);
        var first = await WaitForAsync(s => s.Shards[0].State == "Connecting");

        _shards.State = "Ready";
        _time.Advance(StatusFileWriter.CheckInterval);
        var changed = await WaitForAsync(s => s.Shards[0].State == "Ready");

        for (var i = 0; i < 15; i++)
        {
            _time.Advance(StatusFileWriter.CheckInterval);
        }

        var refreshed = await WaitForAsync(s => s.WrittenAt > changed.WrittenAt);
        await writer.StopAsync(TestContext.Current.CancellationToken);
        var last = StatusFile.TryRead(_path);

        Assert.Equal(start, first.WrittenAt);
        Assert.Equal(start + StatusFileWriter.CheckInterval, changed.WrittenAt);
        Assert.Equal(changed.WrittenAt + HealthOptions.WriteInterval, refreshed.WrittenAt);
        Assert.Equal(Environment.ProcessId, changed.ProcessId);
        Assert.Equal("Stopped", Assert.Single(last!.Shards).State);
    }

    private async Task<StatusSnapshot> WaitForAsync(Func<StatusSnapshot, bool> condition)
    {
        // The writer runs on its own task; wait for its write (a signal, not a fixed sleep), bounded at 10 s.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            if (StatusFile.TryRead(_path) is { } snapshot && condition(snapshot))
            {
                return snapshot;
            }

            await Task.Delay(10, timeout.Token);
        }
    }

    private sealed class MutableShards : IShardStatusSource
    {
        public string State { get; set; } = "Created";

        public IReadOnlyList<ShardStatus> Current() => [new ShardStatus(0, State, 3)];
    }
}
