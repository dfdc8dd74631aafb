using System.Diagnostics;
using FandomBot.Storage.Shards;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Xunit;

namespace FandomBot.Storage.Tests;

/// <summary>
/// Identify turns among processes on PostgreSQL: each runtime here is one bot process. Real time, because the
/// spacing is measured by the database's clock, which no fake can move.
/// </summary>
public sealed class PostgresIdentifyBucketsTests : IAsyncLifetime
{
    private static readonly TimeSpan Spacing = TimeSpan.FromMilliseconds(600);

    private readonly List<SettingsStoreRuntime> _runtimes = [];
    private string _server = string.Empty;
    private string _connectionString = string.Empty;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _server = PostgresTestServer.RequireConnectionString();
        _connectionString = await PostgresTestServer.CreateDatabaseAsync(_server, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var runtime in _runtimes)
        {
            await runtime.DisposeAsync();
        }

        if (_connectionString.Length > 0)
        {
            await PostgresTestServer.DropDatabaseAsync(_server, _connectionString);
        }
    }

    [Fact]
    public async Task Processes_take_a_bucket_in_turn_and_the_next_identifies_the_spacing_after_the_last()
    {
        var one = await StartProcessAsync();
        var two = await StartProcessAsync();
        Assert.True(one.SharedAcrossProcesses);

        var first = Value(await one.TakeTurnAsync(0, Spacing, Ct));
        var second = Task.Run(() => two.TakeTurnAsync(0, Spacing, Ct), Ct);
        await WaitUntilAsync(async () => await WaitingAdvisoryLocksAsync() == 1);
        var otherBucket = Value(await two.TakeTurnAsync(1, Spacing, Ct));
        await otherBucket.DisposeAsync();
        Assert.False(second.IsCompleted);

        Value(await first.RecordIdentifyAsync(Ct));
        var recorded = Stopwatch.StartNew();
        await first.DisposeAsync();
        await using var secondTurn = Value(await second);

        Assert.InRange(recorded.Elapsed, Spacing - TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_process_that_dies_holding_a_bucket_does_not_block_it()
    {
        var dying = await StartProcessAsync();
        var survivor = await StartProcessAsync();
        _ = Value(await dying.TakeTurnAsync(0, Spacing, Ct));

        // The holder's session ends, as when its process is killed: PostgreSQL releases the lock.
        await PostgresTestServer.TerminateBackendsAsync(_server, _connectionString);
        var taken = await survivor.TakeTurnAsync(0, Spacing, Ct).WaitAsync(TimeSpan.FromSeconds(10), Ct);

        await using var turn = Value(taken);
    }

    [Fact]
    public async Task While_the_database_is_unreachable_a_turn_fails_as_a_value()
    {
        var buckets = await StartProcessAsync();
        await PostgresTestServer.SetAcceptingConnectionsAsync(_server, _connectionString, accepting: false);
        try
        {
            var taken = await buckets.TakeTurnAsync(0, Spacing, Ct);

            Assert.Equal(StoreErrorKind.Unavailable, taken.Error?.Kind);
        }
        finally
        {
            await PostgresTestServer.SetAcceptingConnectionsAsync(_server, _connectionString, accepting: true);
        }
    }

    [Fact]
    public async Task Processes_spend_one_shared_daily_count_of_session_starts_and_a_new_window_takes_discords_figure()
    {
        var one = await StartProcessAsync();
        var two = await StartProcessAsync();
        var window = TimeSpan.FromHours(20);

        // Nothing shared yet: a start is not refused for want of a count.
        await using (var unknown = Value(await one.TakeTurnAsync(0, TimeSpan.Zero, Ct)))
        {
            Assert.True(Value(await unknown.SpendSessionStartAsync(Ct)));
        }

        Assert.Equal(2, Value(await one.ShareSessionStartsAsync(2, window, Ct)));
        await using (var turn = Value(await one.TakeTurnAsync(0, TimeSpan.Zero, Ct)))
        {
            Assert.True(Value(await turn.SpendSessionStartAsync(Ct)));
        }

        // The second process read "2 left" from Discord before the first identified: the shared count knows better.
        Assert.Equal(1, Value(await two.ShareSessionStartsAsync(2, window - TimeSpan.FromSeconds(1), Ct)));
        await using (var turn = Value(await two.TakeTurnAsync(1, TimeSpan.Zero, Ct)))
        {
            Assert.True(Value(await turn.SpendSessionStartAsync(Ct)));
            Assert.False(Value(await turn.SpendSessionStartAsync(Ct)));
        }

        // A day later Discord reports a fresh window: its figure, not the spent one.
        Assert.Equal(1000, Value(await one.ShareSessionStartsAsync(1000, window + TimeSpan.FromHours(24), Ct)));
    }

    private static T Value<T>(StoreResult<T> result)
    {
        Assert.True(result.IsSuccess, $"Expected success, got {result}");
        return result.Value!;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(10), "Timed out waiting for the condition.");
            await Task.Delay(20, Ct);
        }
    }

    private async Task<IIdentifyBuckets> StartProcessAsync()
    {
        var runtime = new SettingsStoreRuntime(
            new StorageOptions { Provider = "Postgres", ConnectionString = _connectionString }, TimeProvider.System, NullLoggerFactory.Instance);
        _runtimes.Add(runtime);
        await runtime.StartAsync(Ct);
        return runtime.IdentifyBuckets;
    }

    private async Task<long> WaitingAdvisoryLocksAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(Ct);
        await using var count = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = current_database()",
            connection);
        return (long)(await count.ExecuteScalarAsync(Ct))!;
    }
}
