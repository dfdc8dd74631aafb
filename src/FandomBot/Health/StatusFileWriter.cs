using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FandomBot.Health;

/// <summary>
/// Rewrites the status file every 15 seconds with each shard's state, and within a second of any shard changing
/// state, so <c>fandombot health</c> (another process: the container's health check) can tell a live bot from a hung
/// one. On shutdown the last write says every shard stopped, so a stopping container is not reported healthy.
/// </summary>
internal sealed partial class StatusFileWriter(
    IShardStatusSource shards,
    IOptions<HealthOptions> options,
    TimeProvider timeProvider,
    ILogger<StatusFileWriter> logger) : BackgroundService
{
    private readonly string _path = Hosting.AppPaths.ResolveData(options.Value.StatusFile);

    /// <summary>How often the (in-memory, cheap) shard states are compared with what the file last said.</summary>
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(CheckInterval, timeProvider);
        IReadOnlyList<ShardStatus>? written = null;
        var writtenAt = DateTimeOffset.MinValue;
        do
        {
            var current = shards.Current();
            var now = timeProvider.GetUtcNow();
            if (written is null || !current.SequenceEqual(written) || now - writtenAt >= HealthOptions.WriteInterval)
            {
                await WriteAsync(current, stoppingToken).ConfigureAwait(false);
                (written, writtenAt) = (current, now);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        var stopped = shards.Current().Select(s => s with { State = "Stopped" }).ToList();
        await WriteAsync(stopped, cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteAsync(IReadOnlyList<ShardStatus> current, CancellationToken cancellationToken)
    {
        try
        {
            await StatusFile.WriteAsync(_path, new StatusSnapshot(timeProvider.GetUtcNow(), Environment.ProcessId, current), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The bot works on without its status file; the health check will say unhealthy, which is the truth.
            LogWriteFailed(logger, _path, e.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write the status file {Path}: {Problem}")]
    private static partial void LogWriteFailed(ILogger logger, string path, string problem);
}
