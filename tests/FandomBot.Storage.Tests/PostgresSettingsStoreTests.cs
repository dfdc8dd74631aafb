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
