using Microsoft.Extensions.Logging;
using Npgsql;

namespace FandomBot.Storage.Postgres;

/// <summary>
/// Holds one connection that LISTENs for settings changes from other processes and wakes the watcher on each. When
/// the connection drops (PostgreSQL restarted, backend terminated) it reconnects: at once the first time, then with
/// a growing delay up to 30 s, and wakes the watcher after each reconnect because notifications sent meanwhile are
/// lost. Polling still covers any gap.
/// </summary>
internal sealed partial class PostgresChangeListener : IAsyncDisposable
{
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    private readonly string _connectionString;
    private readonly Action _onChange;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly Lock _sessionLock = new();
    private TaskCompletionSource _nextSession = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenSource? _stopping;
    private Task _loop = Task.CompletedTask;

    public PostgresChangeListener(string connectionString, Action onChange, TimeProvider timeProvider, ILogger<PostgresChangeListener> logger)
    {
        // Keepalives find a silently dead connection (a host gone, not just a backend) instead of waiting forever.
        _connectionString = new NpgsqlConnectionStringBuilder(connectionString) { KeepAlive = 30, Pooling = false }.ConnectionString;
        _onChange = onChange;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>How many times the listener has (re)started listening.</summary>
    internal int Sessions { get; private set; }

    /// <summary>Completes when the next listening session has started (tests: after killing the connection).</summary>
    internal Task NextSessionAsync()
    {
        lock (_sessionLock)
        {
            return _nextSession.Task;
        }
    }

    public void Start()
    {
        _stopping = new CancellationTokenSource();
        _loop = Task.Run(() => RunAsync(_stopping.Token));
    }

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
        var failures = 0;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(_connectionString);
                connection.Notification += (_, _) => _onChange();
                await connection.OpenAsync(stopping);
                await using (var listen = new NpgsqlCommand($"LISTEN {PostgresSettingsDatabase.ChangeChannel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stopping);
                }

                if (failures > 0)
                {
                    LogListeningAgain(_logger);
                }

                failures = 0;
                StartedSession();
                _onChange();
                while (true)
                {
                    await connection.WaitAsync(stopping);
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // Whatever broke the connection, the answer is the same: reconnect; polling covers the gap.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                failures++;
                var delay = failures == 1 ? TimeSpan.Zero : TimeSpan.FromSeconds(Math.Min(MaxRetryDelay.TotalSeconds, Math.Pow(2, failures - 2)));
                LogConnectionLost(_logger, exception.GetType().Name, delay.TotalSeconds);
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, _timeProvider, stopping);
                }
            }
        }
    }

    private void StartedSession()
    {
        lock (_sessionLock)
        {
            Sessions++;
            _nextSession.TrySetResult();
            _nextSession = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Settings change listener lost its PostgreSQL connection ({Error}); reconnecting in {DelaySeconds} s, polling meanwhile")]
    private static partial void LogConnectionLost(ILogger logger, string error, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Settings change listener is listening again")]
    private static partial void LogListeningAgain(ILogger logger);
}
