using Microsoft.Extensions.Logging;

namespace FandomBot.Gateway;

/// <summary>
/// The Discord calls that handlers started and that have not finished (replies, DMs, interaction answers). Bounded, so a
/// burst cannot pile up unbounded work: past the limit new work is dropped and counted, with one log line per burst.
/// On shutdown the host waits for what is in flight, up to a deadline, so no acknowledged answer is cut off.
/// </summary>
internal sealed partial class InFlightWork(ILogger<InFlightWork> logger, int capacity = 512)
{
    private readonly Lock _lock = new();
    private readonly HashSet<Task> _running = [];
    private long _dropped;
    private bool _droppingLogged;

    /// <summary>Work started and not yet finished.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _running.Count;
            }
        }
    }

    /// <summary>Work refused because too much was in flight.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Starts the work unless too much is already in flight. False when it was dropped.</summary>
    public bool TryRun(string what, Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (_lock)
        {
            if (_running.Count >= capacity)
            {
                Interlocked.Increment(ref _dropped);
                Diagnostics.BotMetrics.Dropped(what);
                if (!_droppingLogged)
                {
                    _droppingLogged = true;
                    LogDropping(logger, capacity, what);
                }

                return false;
            }

            _droppingLogged = false;
            Start(what, work);
            return true;
        }
    }

    /// <summary>
    /// Starts work that must never be dropped (erasing a guild's data when the bot leaves it), however much is in
    /// flight. Such work is rare (one per guild leaving) and counts toward the limit for the droppable kind; shutdown
    /// waits for it like the rest.
    /// </summary>
    public void RunRequired(string what, Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (_lock)
        {
            Start(what, work);
        }
    }

    private void Start(string what, Func<Task> work)
    {
        var task = RunGuardedAsync(what, work);
        if (!task.IsCompleted)
        {
            _running.Add(task);
            _ = task.ContinueWith(Finished, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    /// <summary>Waits for everything in flight, or until the timeout. True when all of it finished.</summary>
    public async Task<bool> DrainAsync(TimeSpan timeout)
    {
        Task[] running;
        lock (_lock)
        {
            running = [.. _running];
        }

        if (running.Length == 0)
        {
            return true;
        }

        var all = Task.WhenAll(running);
        var finished = await Task.WhenAny(all, Task.Delay(timeout)).ConfigureAwait(false) == all;
        if (!finished)
        {
            LogDrainTimedOut(logger, Count, timeout.TotalSeconds);
        }

        return finished;
    }

    private void Finished(Task task)
    {
        lock (_lock)
        {
            _running.Remove(task);
        }
    }

    private async Task RunGuardedAsync(string what, Func<Task> work)
    {
        try
        {
            await work().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
#pragma warning disable CA1031 // One failed answer must never take the bot down; it is logged and the bot goes on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogFailed(logger, e, what);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "More than {Capacity} Discord calls in flight: dropping new {What} work until the backlog clears")]
    private static partial void LogDropping(ILogger logger, int capacity, string what);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} Discord calls were still in flight after {Seconds} s at shutdown")]
    private static partial void LogDrainTimedOut(ILogger logger, int count, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "{What} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string what);
}
