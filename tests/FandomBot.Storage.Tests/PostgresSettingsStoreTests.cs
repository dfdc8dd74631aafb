using System.Data.Common;
using Npgsql;
using Xunit;

namespace FandomBot.Storage.Tests;

/// <summary>
/// The shared suite on PostgreSQL, plus what only PostgreSQL has: NOTIFY between processes and surviving a restart.
/// A restart is simulated by terminating every backend of the test's database (pg_terminate_backend), which is what
/// clients see when the server restarts, without stopping a server other engineers share.
/// </summary>
public sealed class PostgresSettingsStoreTests : SettingsStoreContract
{
    private string _server = string.Empty;
    private string _connectionString = string.Empty;

    protected override string ConnectionString => _connectionString;

    private protected override StorageProvider Provider => StorageProvider.Postgres;

    private protected override int LatestSchemaVersion => 4;

    [Fact]
    public async Task A_change_by_another_process_arrives_by_notify_without_waiting_for_a_poll()
    {
        var mine = await StartRuntimeAsync();
        var theirs = await StartStoreAsync();
        await mine.Store.GetAsync(Guild, Ct);
        var seen = WaitForChange(mine.Store);

        Value(await theirs.SetScopeAsync(Guild, ReminderScope.Listed, Ct));

        // The fake clock never moves: only the notification can have triggered this refresh.
        Assert.Equal(ReminderScope.Listed, (await seen.WaitAsync(TimeSpan.FromSeconds(10), Ct)).Scope);
    }

    [Fact]
    public async Task After_a_restart_during_traffic_the_cache_answers_and_writes_and_notifications_resume()
    {
        var mine = await StartRuntimeAsync();
        var theirs = await StartStoreAsync();
        Value(await mine.Store.SetCooldownAsync(Guild, 15, Ct));
        Assert.NotNull(mine.Listener);
        var relistened = mine.Listener.NextSessionAsync();

        var terminated = await PostgresTestServer.TerminateBackendsAsync(_server, _connectionString);

        Assert.True(terminated >= 1, "At least the listener's session was ended.");
        Assert.Equal(15, (await mine.Store.GetAsync(Guild, Ct)).CooldownMinutes);
        await relistened.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        Assert.Equal(16, Value(await mine.Store.SetCooldownAsync(Guild, 16, Ct)).CooldownMinutes);

        var seen = WaitForChange(mine.Store);
        Value(await theirs.SetCooldownAsync(Guild, 17, Ct));
        Assert.Equal(17, (await seen.WaitAsync(TimeSpan.FromSeconds(10), Ct)).CooldownMinutes);
    }

    /// <summary>
    /// The real thing, opt-in because it restarts a server others may share: set FANDOMBOT_TEST_POSTGRES_RESTART to
    /// the command that restarts it (e.g. <c>pg_ctlcluster 15 main restart</c>). A real restart of a private server
    /// during the real bot process's traffic runs in every CI run: tests/FandomBot.EndToEnd.Tests/Faults/PostgresRestartTests.
    /// </summary>
    [Fact]
    public async Task A_real_server_restart_during_traffic_is_answered_from_cache_then_resumed()
    {
        var restartCommand = Environment.GetEnvironmentVariable("FANDOMBOT_TEST_POSTGRES_RESTART");
        if (string.IsNullOrWhiteSpace(restartCommand))
        {
            Assert.Skip("Set FANDOMBOT_TEST_POSTGRES_RESTART (e.g. 'pg_ctlcluster 15 main restart') to restart the server in this test.");
        }

        // Real time here: the listener's reconnect back-off has to elapse while the server is really down.
        var mine = await StartRuntimeAsync(TimeProvider.System);
        var theirs = await StartStoreAsync();
        Value(await mine.Store.SetCooldownAsync(Guild, 15, Ct));
        var relistened = mine.Listener!.NextSessionAsync();
        using var traffic = new CancellationTokenSource();
        var reads = 0;
        var writeOutcomes = new System.Collections.Concurrent.ConcurrentBag<StoreErrorKind?>();
        var load = Task.Run(async () =>
        {
            while (!traffic.IsCancellationRequested)
            {
                Assert.Equal(15, (await mine.Store.GetAsync(Guild, Ct)).CooldownMinutes);
                Interlocked.Increment(ref reads);
                writeOutcomes.Add((await mine.Store.SetModLogChannelAsync(OtherGuild, 99, Ct)).Error?.Kind);
            }
        }, Ct);

        using (var restart = System.Diagnostics.Process.Start("/bin/sh", ["-c", restartCommand]))
        {
            await restart.WaitForExitAsync(Ct);
            Assert.Equal(0, restart.ExitCode);
        }

        await relistened.WaitAsync(TimeSpan.FromSeconds(60), Ct);
        await traffic.CancelAsync();
        await load;

        Assert.True(reads > 0);
        Assert.All(writeOutcomes, kind => Assert.True(kind is null or StoreErrorKind.Unavailable, $"Unexpected {kind}"));
        Assert.Equal(16, Value(await mine.Store.SetCooldownAsync(Guild, 16, Ct)).CooldownMinutes);
        var seen = WaitForChange(mine.Store);
        Value(await theirs.SetCooldownAsync(Guild, 17, Ct));
        Assert.Equal(17, (await seen.WaitAsync(TimeSpan.FromSeconds(10), Ct)).CooldownMinutes);
        TestContext.Current.TestOutputHelper?.WriteLine($"reads during restart: {reads}; writes: {writeOutcomes.Count(kind => kind is null)} ok, {writeOutcomes.Count(kind => kind is not null)} unavailable");
    }

    private protected override async ValueTask CreateDatabaseAsync()
    {
        _server = PostgresTestServer.RequireConnectionString();
        _connectionString = await PostgresTestServer.CreateDatabaseAsync(_server, Ct);
    }

    private protected override async ValueTask DropDatabaseAsync()
    {
        if (_connectionString.Length > 0)
        {
            await PostgresTestServer.DropDatabaseAsync(_server, _connectionString);
        }
    }

    private protected override async Task MakeDatabaseUnreachableAsync()
    {
        await PostgresTestServer.SetAcceptingConnectionsAsync(_server, _connectionString, accepting: false);
        await PostgresTestServer.TerminateBackendsAsync(_server, _connectionString);
    }

    private protected override Task MakeDatabaseReachableAsync() =>
        PostgresTestServer.SetAcceptingConnectionsAsync(_server, _connectionString, accepting: true);

    private protected override async Task<DbConnection> OpenRawConnectionAsync()
    {
        var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(Ct);
        return connection;
    }

    private static Task<GuildSettings> WaitForChange(ISettingsStore store)
    {
        var seen = new TaskCompletionSource<GuildSettings>(TaskCreationOptions.RunContinuationsAsynchronously);
        store.GuildSettingsChanged += (_, change) => seen.TrySetResult(change.Settings);
        return seen.Task;
    }
}
