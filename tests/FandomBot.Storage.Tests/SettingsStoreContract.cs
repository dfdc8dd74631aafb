using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace FandomBot.Storage.Tests;

/// <summary>
/// The one suite both stores must pass. Each test gets a fresh database (a SQLite file in a temp directory, or a
/// PostgreSQL database of its own); "another process" is a second store runtime on the same database, with its own
/// cache, exactly what a second bot process has.
/// </summary>
public abstract partial class SettingsStoreContract : IAsyncLifetime
{
    protected const ulong Guild = 111_111_111_111_111_111;
    protected const ulong OtherGuild = 222_222_222_222_222_222;
    protected const ulong NeverConfiguredGuild = 333_333_333_333_333_333;

    private readonly List<SettingsStoreRuntime> _runtimes = [];

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    private protected abstract StorageProvider Provider { get; }

    /// <summary>The schema's newest version on this backend (PostgreSQL has one more: the session starts its processes share).</summary>
    private protected abstract int LatestSchemaVersion { get; }

    /// <summary>The fresh database of this test; set by <see cref="CreateDatabaseAsync"/>.</summary>
    protected abstract string ConnectionString { get; }

    public async ValueTask InitializeAsync() => await CreateDatabaseAsync();

    public async ValueTask DisposeAsync()
    {
        foreach (var runtime in _runtimes)
        {
            await runtime.DisposeAsync();
        }

        await DropDatabaseAsync();
        GC.SuppressFinalize(this);
    }

    private protected abstract ValueTask CreateDatabaseAsync();

    private protected abstract ValueTask DropDatabaseAsync();

    private protected abstract Task MakeDatabaseUnreachableAsync();

    private protected abstract Task MakeDatabaseReachableAsync();

    private protected abstract Task<DbConnection> OpenRawConnectionAsync();

    private protected static T Value<T>(StoreResult<T> result)
    {
        Assert.True(result.IsSuccess, $"Expected success, got {result}");
        return result.Value!;
    }

    private protected SettingsStoreRuntime NewRuntime(TimeProvider? timeProvider = null) =>
        new(new StorageOptions { Provider = Provider.ToString(), ConnectionString = ConnectionString, PollIntervalSeconds = 10 }, timeProvider ?? Time, NullLoggerFactory.Instance);

    private protected async Task<ISettingsStore> StartStoreAsync() => (await StartRuntimeAsync()).Store;

    private protected async Task<SettingsStoreRuntime> StartRuntimeAsync(TimeProvider? timeProvider = null)
    {
        var runtime = NewRuntime(timeProvider);
        _runtimes.Add(runtime);
        await runtime.StartAsync(Ct);
        return runtime;
    }

    /// <summary>The guild as a brand-new process would read it: straight from the database, no shared cache.</summary>
    private protected async Task<GuildSettings> ReloadAsync(ulong guildId = Guild)
    {
        await using var fresh = NewRuntime();
        return await fresh.Store.GetAsync(guildId, Ct);
    }

    private static async Task<GuildSettings> ConfigureEverythingAsync(ISettingsStore store, ulong guildId)
    {
        Value(await store.SetRemindersEnabledAsync(guildId, false, Ct));
        Value(await store.SetScopeAsync(guildId, ReminderScope.Listed, Ct));
        Value(await store.AddListedChannelAsync(guildId, 1001, Ct));
        Value(await store.AddListedChannelAsync(guildId, 1002, Ct));
        Value(await store.SetDeliveryAsync(guildId, ReminderDelivery.DirectMessage, Ct));
        Value(await store.SetCooldownAsync(guildId, 1440, Ct));
        Value(await store.SetModLogChannelAsync(guildId, 2001, Ct));
        Value(await store.AddExemptRoleAsync(guildId, 3001, Ct));
        Value(await store.AddPersonAsync(guildId, new GuildPerson("Harry Styles", ["Harry"], PersonKind.Real), Ct));
        Value(await store.AddPersonAsync(guildId, new GuildPerson("Hermione Granger", PersonKind.Fictional), Ct));
        Value(await store.IncrementCounterAsync(guildId, GuildCounter.RemindersSent, Ct));
        Value(await store.IncrementCounterAsync(guildId, GuildCounter.FalsePositiveReports, Ct));
        return Value(await store.SetPackEnabledAsync(guildId, "kpop", false, Ct));
    }

    private protected async Task<long> CountRowsOfGuildAsync(ulong guildId)
    {
        await using var connection = await OpenRawConnectionAsync();
        long rows = 0;
        foreach (var table in SettingsRepository.GuildTables)
        {
            rows += await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table} WHERE guild_id = @GuildId", new { GuildId = unchecked((long)guildId) });
        }

        return rows;
    }

    private async Task<long> CountSchemaVersionRowsAsync()
    {
        await using var connection = await OpenRawConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_version");
    }
}
