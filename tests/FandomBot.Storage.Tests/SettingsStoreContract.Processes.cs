using Xunit;

namespace FandomBot.Storage.Tests;

/// <summary>Restarts, migrations, other processes, and the database going away.</summary>
public abstract partial class SettingsStoreContract
{
    [Fact]
    public async Task Settings_survive_a_restart()
    {
        var first = NewRuntime();
        await first.StartAsync(Ct);
        var written = await ConfigureEverythingAsync(first.Store, Guild);
        await first.DisposeAsync();

        var restarted = await StartStoreAsync();

        var read = await restarted.GetAsync(Guild, Ct);
        Assert.True(read.HasSameSettingsAs(written), "Every setting comes back after a restart.");
        Assert.Equal(written.Version, read.Version);
        Assert.Equal(new GuildCounters(Guild, 1, 1), Value(await restarted.GetCountersAsync(Guild, Ct)));
    }

    [Fact]
    public async Task Migrations_are_idempotent()
    {
        var first = NewRuntime();
        var firstReport = await first.StartAsync(Ct);
        Value(await first.Store.SetCooldownAsync(Guild, 3, Ct));
        await first.DisposeAsync();

        var second = NewRuntime();
        var secondReport = await second.StartAsync(Ct);
        var thirdReport = await second.Database.MigrateAsync(Ct);
        _runtimes.Add(second);

        Assert.Equal(Enumerable.Range(1, LatestSchemaVersion), firstReport.Applied);
        Assert.Empty(secondReport.Applied);
        Assert.Empty(thirdReport.Applied);
        Assert.Equal(LatestSchemaVersion, thirdReport.VersionAfter);
        Assert.Equal(LatestSchemaVersion, await CountSchemaVersionRowsAsync());
        Assert.Equal(3, (await second.Store.GetAsync(Guild, Ct)).CooldownMinutes);
    }

    [Fact]
    public async Task Two_processes_migrating_at_the_same_time_apply_each_migration_once()
    {
        var one = NewRuntime();
        var two = NewRuntime();
        _runtimes.Add(one);
        _runtimes.Add(two);

        var reports = await Task.WhenAll(
            Task.Run(() => one.Database.MigrateAsync(Ct), Ct),
            Task.Run(() => two.Database.MigrateAsync(Ct), Ct));

        Assert.Equal(Enumerable.Range(1, LatestSchemaVersion), reports.SelectMany(report => report.Applied).Order());
        Assert.All(reports, report => Assert.Equal(LatestSchemaVersion, report.VersionAfter));
        Assert.Equal(LatestSchemaVersion, await CountSchemaVersionRowsAsync());
        Assert.True(Value(await one.Store.SetCooldownAsync(Guild, 4, Ct)).CooldownMinutes == 4);
    }

    [Fact]
    public async Task A_change_by_another_process_is_served_from_cache_until_refresh_then_seen()
    {
        // No watcher on this side (no LISTEN, no poller): only the explicit refresh below may pick the change up, so the
        // test cannot race a PostgreSQL notification.
        var runtime = NewRuntime();
        _runtimes.Add(runtime);
        await runtime.Database.MigrateAsync(Ct);
        var mine = runtime.Store;
        var theirs = await StartStoreAsync();
        Assert.Equal(10, (await mine.GetAsync(Guild, Ct)).CooldownMinutes);

        Value(await theirs.SetCooldownAsync(Guild, 25, Ct));
        var beforeRefresh = (await mine.GetAsync(Guild, Ct)).CooldownMinutes;
        var refreshed = Value(await mine.RefreshAsync(Ct));

        Assert.Equal(10, beforeRefresh);
        Assert.Equal(1, refreshed);
        Assert.Equal(25, (await mine.GetAsync(Guild, Ct)).CooldownMinutes);
        Assert.Equal(0, Value(await mine.RefreshAsync(Ct)));
    }

    [Fact]
    public async Task A_server_without_settings_is_read_without_a_query_and_its_first_settings_elsewhere_are_seen_after_refresh()
    {
        var mine = await StartStoreAsync();
        var theirs = await StartStoreAsync();

        // The store learned at start which servers have settings: this one has none, so no query is needed (none could
        // succeed now) and the first message of each of thousands of servers after a start costs no database read.
        await MakeDatabaseUnreachableAsync();
        var whileDown = await mine.GetAsync(Guild, Ct);
        await MakeDatabaseReachableAsync();

        Value(await theirs.SetCooldownAsync(Guild, 25, Ct));
        var beforeRefresh = (await mine.GetAsync(Guild, Ct)).CooldownMinutes;
        Value(await mine.RefreshAsync(Ct));

        Assert.True(whileDown.HasSameSettingsAs(GuildSettings.Defaults(Guild)));
        Assert.Equal(0, whileDown.Version);
        Assert.Equal(GuildSettings.Defaults(Guild).CooldownMinutes, beforeRefresh);
        Assert.Equal(25, (await mine.GetAsync(Guild, Ct)).CooldownMinutes);
    }

    [Fact]
    public async Task A_server_configured_here_and_released_from_the_cache_is_read_back_with_its_settings()
    {
        var mine = await StartStoreAsync();
        Value(await mine.SetCooldownAsync(Guild, 42, Ct));

        mine.Release(Guild);
        var readBack = await mine.GetAsync(Guild, Ct);
        var restarted = await StartStoreAsync();

        Assert.Equal(42, readBack.CooldownMinutes);
        Assert.Equal(42, (await restarted.GetAsync(Guild, Ct)).CooldownMinutes);
    }

    [Fact]
    public async Task A_change_by_another_process_is_seen_by_polling_within_30_seconds()
    {
        // Only the poller runs here (no LISTEN on PostgreSQL): this is the fallback that must always work.
        var mine = NewRuntime();
        _runtimes.Add(mine);
        await mine.Database.MigrateAsync(Ct);
        mine.Watcher.Start();
        var theirs = await StartStoreAsync();
        Assert.True((await mine.Store.GetAsync(Guild, Ct)).RemindersEnabled);
        var seen = new TaskCompletionSource<GuildSettings>(TaskCreationOptions.RunContinuationsAsynchronously);
        mine.Store.GuildSettingsChanged += (_, change) => seen.TrySetResult(change.Settings);

        Value(await theirs.SetRemindersEnabledAsync(Guild, false, Ct));
        Assert.False(seen.Task.IsCompleted);
        Time.Advance(TimeSpan.FromSeconds(10));

        var change = await seen.Task.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        Assert.False(change.RemindersEnabled);
        Assert.False((await mine.Store.GetAsync(Guild, Ct)).RemindersEnabled);
    }

    [Fact]
    public async Task Concurrent_writes_from_two_processes_to_one_guild_lose_no_update()
    {
        var one = await StartStoreAsync();
        var two = await StartStoreAsync();

        // Each edit reads the guild and writes it back: without the write lock, one process would overwrite the other's.
        await Task.WhenAll(
            Task.Run(async () => { for (var i = 0; i < 15; i++) { Value(await one.AddPersonAsync(Guild, new GuildPerson($"One {i}", PersonKind.Real), Ct)); } }, Ct),
            Task.Run(async () => { for (var i = 0; i < 15; i++) { Value(await two.AddPersonAsync(Guild, new GuildPerson($"Two {i}", PersonKind.Real), Ct)); } }, Ct));

        Assert.Equal(30, (await ReloadAsync()).People.Length);
        Value(await one.RefreshAsync(Ct));
        Assert.Equal(30, (await one.GetAsync(Guild, Ct)).People.Length);
    }

    [Fact]
    public async Task A_guild_forgotten_by_another_process_is_forgotten_here_after_refresh()
    {
        var mine = await StartStoreAsync();
        var theirs = await StartStoreAsync();
        Value(await mine.SetDeliveryAsync(Guild, ReminderDelivery.LogOnly, Ct));

        Value(await theirs.ForgetGuildAsync(Guild, Ct));
        Value(await mine.RefreshAsync(Ct));

        Assert.Equal(ReminderDelivery.Reply, (await mine.GetAsync(Guild, Ct)).Delivery);
    }

    [Fact]
    public async Task While_the_database_is_unreachable_reads_come_from_the_cache_and_writes_fail_with_a_typed_error()
    {
        var store = await StartStoreAsync();
        Value(await store.SetCooldownAsync(Guild, 42, Ct));

        // Configured by another process, so this one knows it has settings but has not read them.
        var theirs = await StartStoreAsync();
        Value(await theirs.SetCooldownAsync(OtherGuild, 7, Ct));
        Value(await store.RefreshAsync(Ct));

        await MakeDatabaseUnreachableAsync();
        var cached = await store.GetAsync(Guild, Ct);
        var write = await store.SetCooldownAsync(Guild, 43, Ct);
        var count = await store.IncrementCounterAsync(Guild, GuildCounter.RemindersSent, Ct);
        var refresh = await store.RefreshAsync(Ct);
        var uncached = await Assert.ThrowsAsync<SettingsStoreUnavailableException>(async () => await store.GetAsync(OtherGuild, Ct));
        var neverConfigured = await store.GetAsync(NeverConfiguredGuild, Ct);

        Assert.Equal(42, cached.CooldownMinutes);
        Assert.Equal(StoreErrorKind.Unavailable, write.Error?.Kind);
        Assert.Contains("unreachable", write.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(StoreErrorKind.Unavailable, count.Error?.Kind);
        Assert.Equal(StoreErrorKind.Unavailable, refresh.Error?.Kind);
        Assert.NotNull(uncached.InnerException);
        Assert.True(neverConfigured.HasSameSettingsAs(GuildSettings.Defaults(NeverConfiguredGuild)), "a server without settings reads as the defaults, no query needed");

        await MakeDatabaseReachableAsync();
        Assert.Equal(43, Value(await store.SetCooldownAsync(Guild, 43, Ct)).CooldownMinutes);
        Assert.True((await store.RefreshAsync(Ct)).IsSuccess);
        Assert.Equal(43, (await ReloadAsync()).CooldownMinutes);
    }

    [Fact]
    public async Task Own_writes_raise_the_change_event_with_the_new_settings()
    {
        var store = await StartStoreAsync();
        var changes = new List<GuildSettings>();
        store.GuildSettingsChanged += (_, change) => changes.Add(change.Settings);

        Value(await store.SetCooldownAsync(Guild, 5, Ct));
        await store.SetCooldownAsync(Guild, -5, Ct);

        Assert.Equal(5, Assert.Single(changes).CooldownMinutes);
    }

    [Fact]
    public async Task A_guild_forgotten_while_the_database_is_down_is_erased_once_it_is_back()
    {
        // No watcher: the PostgreSQL listener reconnecting on its own would retry the erasure at a moment the test does
        // not choose; here only the explicit refresh below may do it (the watcher calls the same refresh).
        var runtime = NewRuntime();
        _runtimes.Add(runtime);
        await runtime.Database.MigrateAsync(Ct);
        Value(await runtime.Store.AddPersonAsync(Guild, new GuildPerson("Someone", PersonKind.Real), Ct));
        Value(await runtime.Store.IncrementCounterAsync(Guild, GuildCounter.RemindersSent, Ct));

        await MakeDatabaseUnreachableAsync();
        var whileDown = await runtime.Store.ForgetGuildAsync(Guild, Ct);
        await MakeDatabaseReachableAsync();
        var rowsBeforeRetry = await CountRowsOfGuildAsync(Guild);
        Value(await runtime.Store.RefreshAsync(Ct));

        Assert.Equal(StoreErrorKind.Unavailable, whileDown.Error?.Kind);
        Assert.Contains("erased as soon as it is back", whileDown.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(3, rowsBeforeRetry);
        Assert.Equal(0, await CountRowsOfGuildAsync(Guild));
        Assert.Equal(0, runtime.Store.PendingForgetCount);
        Assert.Empty((await runtime.Store.GetAsync(Guild, Ct)).People);
    }

    [Fact]
    public async Task A_write_after_an_owed_erasure_erases_first_and_keeps_the_write()
    {
        var store = await StartStoreAsync();
        Value(await store.SetCooldownAsync(Guild, 33, Ct));
        await MakeDatabaseUnreachableAsync();
        Assert.False((await store.ForgetGuildAsync(Guild, Ct)).IsSuccess);
        await MakeDatabaseReachableAsync();

        Value(await store.SetDeliveryAsync(Guild, ReminderDelivery.LogOnly, Ct));
        Value(await store.RefreshAsync(Ct));

        var reloaded = await ReloadAsync();
        Assert.Equal(SettingsLimits.DefaultCooldownMinutes, reloaded.CooldownMinutes);
        Assert.Equal(ReminderDelivery.LogOnly, reloaded.Delivery);
    }
}
