using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace FandomBot.Storage;

/// <summary>
/// Keeps the cache fresh: refreshes on every poll interval (the fallback that always works, ≤ 30 s) and whenever
/// <see cref="Wake"/> is called (PostgreSQL NOTIFY). Waits use the <see cref="TimeProvider"/>, so tests advance a
/// fake clock instead of sleeping.
/// </summary>
internal sealed partial class SettingsChangeWatcher : IAsyncDisposable
{
    // Capacity 1, extra signals dropped: a burst of notifications collapses into one refresh.
    private readonly Channel<bool> _wakeSignals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ISettingsStore _store;
    private readonly TimeSpan _pollInterval;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private CancellationTokenSource? _stopping;
    private Task _loop = Task.CompletedTask;
    private bool _unavailable;

    public SettingsChangeWatcher(ISettingsStore store, TimeSpan pollInterval, TimeProvider timeProvider, ILogger<SettingsChangeWatcher> logger)
    {
        _store = store;
        _pollInterval = pollInterval;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Starts polling. The first poll timer exists when this returns, so a fake clock can be advanced at once.</summary>
    public void Start()
    {
        _stopping = new CancellationTokenSource();
        _loop = RunAsync(_stopping.Token);
    }

    /// <summary>Asks for a refresh now (coalesced with any already asked for).</summary>
    public void Wake() => _wakeSignals.Writer.TryWrite(true);

    public async Task StopAsync()
    {
        if (_stopping is null)
        {
            return;
        }

        await _stopping.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopping is how the loop ends.
        }

        _stopping.Dispose();
        _stopping = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            using (var waiting = CancellationTokenSource.CreateLinkedTokenSource(stopping))
            {
                var poll = Task.Delay(_pollInterval, _timeProvider, waiting.Token);
                var woken = _wakeSignals.Reader.WaitToReadAsync(waiting.Token).AsTask();
                await Task.WhenAny(poll, woken);

                // Cancel the loser so no timer or waiter outlives its round.
                await waiting.CancelAsync();
                _wakeSignals.Reader.TryRead(out _);
            }

            stopping.ThrowIfCancellationRequested();
            StoreResult<int> result;
            try
            {
                result = await _store.RefreshAsync(stopping);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Outages come back as results; this is a bug (say, unreadable data). Keep polling so the rest of
                // the cache stays fresh, and make it loud.
                LogRefreshFailed(_logger, exception);
                continue;
            }

            if (!result.IsSuccess && !_unavailable)
            {
                _unavailable = true;
                LogUnavailable(_logger);
            }
            else if (result.IsSuccess && _unavailable)
            {
                _unavailable = false;
                LogAvailableAgain(_logger);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Settings database unreachable: answering from the cached settings and retrying at every poll")]
    private static partial void LogUnavailable(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Refreshing the settings cache failed; retrying at the next poll")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Settings database reachable again: cache refreshed")]
    private static partial void LogAvailableAgain(ILogger logger);
}
