using System.Collections.Immutable;
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
public abstract class SettingsStoreContract : IAsyncLifetime
{
    protected const ulong Guild = 111_111_111_111_111_111;
    protected const ulong OtherGuild = 222_222_222_222_222_222;

    private readonly List<SettingsStoreRuntime> _runtimes = [];

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    private protected abstract StorageProvider Provider { get; }

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

    [Fact]
    public async Task A_guild_nobody_configured_has_the_documented_defaults()
    {
        var store = await StartStoreAsync();

        var settings = await store.GetAsync(Guild, Ct);

        Assert.True(settings.RemindersEnabled);
        Assert.Equal(ReminderScope.All, settings.Scope);
        Assert.Empty(settings.ListedChannelIds);
        Assert.Equal(ReminderDelivery.Reply, settings.Delivery);
        Assert.Equal(10, settings.CooldownMinutes);
        Assert.Null(settings.ModLogChannelId);
        Assert.Empty(settings.ExemptRoleIds);
        Assert.Empty(settings.People);
        Assert.Empty(settings.DisabledPackIds);
        Assert.True(settings.IsPackEnabled("any-pack"));
        Assert.True(settings.IsChannelInScope(42));
        Assert.Equal(0, settings.Version);
        Assert.Equal(GuildCounters.None(Guild), Value(await store.GetCountersAsync(Guild, Ct)));
    }

    [Fact]
    public async Task Reminders_can_be_turned_off_and_on_again()
    {
        var store = await StartStoreAsync();

        Assert.False(Value(await store.SetRemindersEnabledAsync(Guild, false, Ct)).RemindersEnabled);
        Assert.False((await ReloadAsync()).RemindersEnabled);
        Assert.True(Value(await store.SetRemindersEnabledAsync(Guild, true, Ct)).RemindersEnabled);
        Assert.True((await ReloadAsync()).RemindersEnabled);
    }

    [Fact]
    public async Task Listed_channels_and_scope_round_trip()
    {
        var store = await StartStoreAsync();

        Value(await store.AddListedChannelAsync(Guild, 10, Ct));
        Value(await store.AddListedChannelAsync(Guild, 20, Ct));
        Value(await store.AddListedChannelAsync(Guild, 20, Ct));
        Value(await store.AddListedChannelAsync(Guild, 30, Ct));
        Value(await store.RemoveListedChannelAsync(Guild, 30, Ct));
        Value(await store.SetScopeAsync(Guild, ReminderScope.Listed, Ct));

        var reloaded = await ReloadAsync();
        Assert.Equal([10UL, 20UL], reloaded.ListedChannelIds);
        Assert.Equal(ReminderScope.Listed, reloaded.Scope);
        Assert.True(reloaded.IsChannelInScope(10));
        Assert.False(reloaded.IsChannelInScope(30));
    }

    [Fact]
    public async Task Removing_a_channel_that_is_not_listed_is_not_found()
    {
        var store = await StartStoreAsync();

        var result = await store.RemoveListedChannelAsync(Guild, 99, Ct);

        Assert.Equal(StoreErrorKind.NotFound, result.Error?.Kind);
    }

    [Theory]
    [InlineData(ReminderDelivery.Reply)]
    [InlineData(ReminderDelivery.DirectMessage)]
    [InlineData(ReminderDelivery.LogOnly)]
    public async Task Each_delivery_mode_round_trips(ReminderDelivery delivery)
    {
        var store = await StartStoreAsync();
        if (delivery == ReminderDelivery.Reply)
        {
            // Make the write a real change away from the default first.
            Value(await store.SetDeliveryAsync(Guild, ReminderDelivery.LogOnly, Ct));
        }

        Value(await store.SetDeliveryAsync(Guild, delivery, Ct));

        Assert.Equal(delivery, (await ReloadAsync()).Delivery);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1440)]
    public async Task Cooldowns_from_0_to_1440_minutes_round_trip(int minutes)
    {
        var store = await StartStoreAsync();

        Assert.Equal(minutes, Value(await store.SetCooldownAsync(Guild, minutes, Ct)).CooldownMinutes);

        Assert.Equal(minutes, (await ReloadAsync()).CooldownMinutes);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1441)]
    [InlineData(int.MinValue)]
    public async Task Cooldowns_outside_0_to_1440_are_rejected_and_nothing_is_written(int minutes)
    {
        var store = await StartStoreAsync();

        var result = await store.SetCooldownAsync(Guild, minutes, Ct);

        Assert.Equal(StoreErrorKind.Invalid, result.Error?.Kind);
        Assert.Contains("between 0 and 1440", result.Error!.Message, StringComparison.Ordinal);
        var reloaded = await ReloadAsync();
        Assert.Equal(10, reloaded.CooldownMinutes);
        Assert.Equal(0, reloaded.Version);
    }

    [Fact]
    public async Task Mod_log_channel_can_be_set_and_turned_off()
    {
        var store = await StartStoreAsync();

        Value(await store.SetModLogChannelAsync(Guild, 555, Ct));
        Assert.Equal(555UL, (await ReloadAsync()).ModLogChannelId);

        Value(await store.SetModLogChannelAsync(Guild, null, Ct));
        Assert.Null((await ReloadAsync()).ModLogChannelId);
    }

    [Fact]
    public async Task Exempt_roles_are_added_listed_and_removed()
    {
        var store = await StartStoreAsync();

        Value(await store.AddExemptRoleAsync(Guild, 7, Ct));
        Value(await store.AddExemptRoleAsync(Guild, 8, Ct));
        Value(await store.RemoveExemptRoleAsync(Guild, 7, Ct));

        var reloaded = await ReloadAsync();
        Assert.Equal([8UL], reloaded.ExemptRoleIds);
        Assert.True(reloaded.HasExemptRole([1, 8]));
        Assert.False(reloaded.HasExemptRole([7]));
        Assert.Equal(StoreErrorKind.NotFound, (await store.RemoveExemptRoleAsync(Guild, 7, Ct)).Error?.Kind);
    }

    [Fact]
    public async Task Ids_of_zero_are_rejected()
    {
        var store = await StartStoreAsync();

        Assert.Equal(StoreErrorKind.Invalid, (await store.AddListedChannelAsync(Guild, 0, Ct)).Error?.Kind);
        Assert.Equal(StoreErrorKind.Invalid, (await store.AddExemptRoleAsync(Guild, 0, Ct)).Error?.Kind);
        Assert.Equal(StoreErrorKind.Invalid, (await store.SetModLogChannelAsync(Guild, 0, Ct)).Error?.Kind);
        Assert.Equal(StoreErrorKind.Invalid, (await store.SetCooldownAsync(0, 5, Ct)).Error?.Kind);
    }

    [Fact]
    public async Task People_are_added_listed_in_name_order_and_removed_ignoring_case()
    {
        var store = await StartStoreAsync();

        Value(await store.AddPersonAsync(Guild, new GuildPerson("Zendaya", ["Z"], PersonKind.Real), Ct));
        Value(await store.AddPersonAsync(Guild, new GuildPerson("Ángela Aguilar", PersonKind.Real), Ct));
        Value(await store.AddPersonAsync(Guild, new GuildPerson("aragorn", ["Strider", "Elessar"], PersonKind.Fictional), Ct));
        Value(await store.RemovePersonAsync(Guild, "ZENDAYA", Ct));

        var people = (await ReloadAsync()).People;
        Assert.Equal(["aragorn", "Ángela Aguilar"], people.Select(person => person.Name));
        Assert.Equal(new GuildPerson("aragorn", ["Strider", "Elessar"], PersonKind.Fictional), people[0]);
        Assert.Equal(PersonKind.Fictional, (await ReloadAsync()).FindPerson("strider")?.Kind);
        Assert.Equal(StoreErrorKind.NotFound, (await store.RemovePersonAsync(Guild, "Zendaya", Ct)).Error?.Kind);
    }

    [Fact]
    public async Task Adding_a_person_again_replaces_their_aliases_and_kind()
    {
        var store = await StartStoreAsync();

        Value(await store.AddPersonAsync(Guild, new GuildPerson("Sam", ["Sammy"], PersonKind.Real), Ct));
        Value(await store.AddPersonAsync(Guild, new GuildPerson("SAM", ["Samwise", "samwise", "Sam"], PersonKind.Fictional), Ct));

        var person = Assert.Single((await ReloadAsync()).People);
        Assert.Equal(new GuildPerson("SAM", ["Samwise"], PersonKind.Fictional), person);
    }

    [Fact]
    public async Task Names_up_to_100_characters_are_kept_exactly_as_given_and_longer_ones_rejected()
    {
        var store = await StartStoreAsync();
        var hundredEmoji = string.Concat(Enumerable.Repeat("🏳️", 50)); // 50 × (flag + variation selector) = 100 characters
        var markdown = "**@everyone** <@123> `x`";

        Value(await store.AddPersonAsync(Guild, new GuildPerson(new string('a', 100), PersonKind.Real), Ct));
        Value(await store.AddPersonAsync(Guild, new GuildPerson(hundredEmoji, PersonKind.Real), Ct));
        Value(await store.AddPersonAsync(Guild, new GuildPerson(markdown, PersonKind.Real), Ct));
        var tooLong = await store.AddPersonAsync(Guild, new GuildPerson(new string('b', 101), PersonKind.Real), Ct);
        var aliasTooLong = await store.AddPersonAsync(Guild, new GuildPerson("c", [new string('c', 101)], PersonKind.Real), Ct);

        Assert.Equal(StoreErrorKind.Invalid, tooLong.Error?.Kind);
        Assert.Contains("at most 100 characters (got 101)", tooLong.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(StoreErrorKind.Invalid, aliasTooLong.Error?.Kind);
        var names = (await ReloadAsync()).People.Select(person => person.Name).ToList();
        Assert.Equal(3, names.Count);
        Assert.Contains(hundredEmoji, names);
        Assert.Contains(markdown, names);
    }

    [Fact]
    public async Task More_than_20_aliases_are_rejected()
    {
        var store = await StartStoreAsync();
        var twenty = Enumerable.Range(1, 20).Select(i => $"alias {i}").ToImmutableArray();

        Value(await store.AddPersonAsync(Guild, new GuildPerson("Twenty", twenty, PersonKind.Real), Ct));
        var result = await store.AddPersonAsync(Guild, new GuildPerson("TwentyOne", twenty.Add("one more"), PersonKind.Real), Ct);

        Assert.Equal(StoreErrorKind.Invalid, result.Error?.Kind);
        Assert.Contains("at most 20 aliases (got 21)", result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(20, Assert.Single((await ReloadAsync()).People).Aliases.Length);
    }

    [Theory]
    [InlineData("nul\0byte")]
    [InlineData("line\nbreak")]
    [InlineData("   ")]
    [InlineData("")]
    public async Task Names_with_control_characters_invalid_unicode_or_nothing_in_them_never_reach_the_database(string name)
    {
        var store = await StartStoreAsync();

        var asName = await store.AddPersonAsync(Guild, new GuildPerson(name, PersonKind.Real), Ct);
        var asAlias = await store.AddPersonAsync(Guild, new GuildPerson("Valid", [name], PersonKind.Real), Ct);
        var asPack = await store.SetPackEnabledAsync(Guild, name, false, Ct);

        Assert.Equal(StoreErrorKind.Invalid, asName.Error?.Kind);
        Assert.Equal(StoreErrorKind.Invalid, asAlias.Error?.Kind);
        Assert.Equal(StoreErrorKind.Invalid, asPack.Error?.Kind);
        Assert.Equal(0, (await ReloadAsync()).Version);
    }

    [Fact]
    public async Task A_name_with_a_lone_surrogate_is_rejected_before_the_database()
    {
        // Not a theory: test-case serialisation would replace the lone surrogate before the test saw it.
        var store = await StartStoreAsync();
        var name = "lone " + '\uD800' + " surrogate";

        var result = await store.AddPersonAsync(Guild, new GuildPerson(name, PersonKind.Real), Ct);

        Assert.Equal(StoreErrorKind.Invalid, result.Error?.Kind);
        Assert.Contains("invalid Unicode", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_guild_may_have_2000_people_and_not_one_more()
    {
        var store = await StartStoreAsync();
        var people = Enumerable.Range(1, SettingsLimits.MaxPeoplePerGuild)
            .Select(i => new GuildPerson($"Person {i}", [$"P{i}"], i % 2 == 0 ? PersonKind.Real : PersonKind.Fictional))
            .ToList();

        Value(await store.AddPeopleAsync(Guild, people, Ct));
        var oneMore = await store.AddPersonAsync(Guild, new GuildPerson("Person 2001", PersonKind.Real), Ct);
        var replacing = await store.AddPersonAsync(Guild, new GuildPerson("person 1", ["changed"], PersonKind.Real), Ct);
        var tooManyAtOnce = await store.AddPeopleAsync(OtherGuild, [.. people, new GuildPerson("Person 2001", PersonKind.Real)], Ct);

        Assert.Equal(StoreErrorKind.LimitReached, oneMore.Error?.Kind);
        Assert.Contains("at most 2000 people", oneMore.Error!.Message, StringComparison.Ordinal);
        Assert.True(replacing.IsSuccess, "Replacing an existing person does not count against the limit.");
        Assert.Equal(StoreErrorKind.LimitReached, tooManyAtOnce.Error?.Kind);
        Assert.Equal(2000, (await ReloadAsync()).People.Length);
        Assert.Empty((await ReloadAsync(OtherGuild)).People);
    }

    [Fact]
    public async Task Built_in_packs_are_switched_off_and_on_per_guild()
    {
        var store = await StartStoreAsync();

        Value(await store.SetPackEnabledAsync(Guild, "kpop", false, Ct));
        Value(await store.SetPackEnabledAsync(Guild, "anime", false, Ct));
        Value(await store.SetPackEnabledAsync(Guild, "anime", true, Ct));

        var reloaded = await ReloadAsync();
        Assert.Equal(["kpop"], reloaded.DisabledPackIds);
        Assert.False(reloaded.IsPackEnabled("kpop"));
        Assert.True(reloaded.IsPackEnabled("anime"));
        Assert.True((await ReloadAsync(OtherGuild)).IsPackEnabled("kpop"));
    }

    [Fact]
    public async Task Counters_count_without_changing_the_settings()
    {
        var store = await StartStoreAsync();
        var changes = 0;
        store.GuildSettingsChanged += (_, _) => Interlocked.Increment(ref changes);
        var before = await store.GetAsync(Guild, Ct);

        Value(await store.IncrementCounterAsync(Guild, GuildCounter.RemindersSent, Ct));
        Value(await store.IncrementCounterAsync(Guild, GuildCounter.RemindersSent, Ct));
        var last = Value(await store.IncrementCounterAsync(Guild, GuildCounter.FalsePositiveReports, Ct));

        Assert.Equal(new GuildCounters(Guild, 2, 1), last);
        Assert.Equal(new GuildCounters(Guild, 2, 1), Value(await (await StartStoreAsync()).GetCountersAsync(Guild, Ct)));
        Assert.Equal(before.Version, (await ReloadAsync()).Version);
        Assert.Equal(0, changes);
    }

    [Fact]
    public async Task Forgetting_a_guild_erases_every_row_it_had_and_nothing_of_other_guilds()
    {
        var store = await StartStoreAsync();
        await ConfigureEverythingAsync(store, Guild);
        await ConfigureEverythingAsync(store, OtherGuild);
        Assert.True(await CountRowsOfGuildAsync(Guild) > 6);

        Assert.True(Value(await store.ForgetGuildAsync(Guild, Ct)));

        Assert.Equal(0, await CountRowsOfGuildAsync(Guild));
        Assert.True((await store.GetAsync(Guild, Ct)).HasSameSettingsAs(GuildSettings.Defaults(Guild)));
        Assert.True((await ReloadAsync()).HasSameSettingsAs(GuildSettings.Defaults(Guild)));
        Assert.Equal(GuildCounters.None(Guild), Value(await store.GetCountersAsync(Guild, Ct)));
        Assert.Equal(2, (await ReloadAsync(OtherGuild)).People.Length);
        Assert.False(Value(await store.ForgetGuildAsync(Guild, Ct)), "Nothing left to forget the second time.");
    }

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

        Assert.Equal([1], firstReport.Applied);
        Assert.Empty(secondReport.Applied);
        Assert.Empty(thirdReport.Applied);
        Assert.Equal(1, thirdReport.VersionAfter);
        Assert.Equal(1, await CountSchemaVersionRowsAsync());
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

        Assert.Equal([1], reports.SelectMany(report => report.Applied));
        Assert.All(reports, report => Assert.Equal(1, report.VersionAfter));
        Assert.Equal(1, await CountSchemaVersionRowsAsync());
        Assert.True(Value(await one.Store.SetCooldownAsync(Guild, 4, Ct)).CooldownMinutes == 4);
    }

    [Fact]
    public async Task A_change_by_another_process_is_served_from_cache_until_refresh_then_seen()
    {
        var mine = await StartStoreAsync();
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

        await MakeDatabaseUnreachableAsync();
        var cached = await store.GetAsync(Guild, Ct);
        var write = await store.SetCooldownAsync(Guild, 43, Ct);
        var count = await store.IncrementCounterAsync(Guild, GuildCounter.RemindersSent, Ct);
        var refresh = await store.RefreshAsync(Ct);
        var uncached = await Assert.ThrowsAsync<SettingsStoreUnavailableException>(async () => await store.GetAsync(OtherGuild, Ct));

        Assert.Equal(42, cached.CooldownMinutes);
        Assert.Equal(StoreErrorKind.Unavailable, write.Error?.Kind);
        Assert.Contains("unreachable", write.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(StoreErrorKind.Unavailable, count.Error?.Kind);
        Assert.Equal(StoreErrorKind.Unavailable, refresh.Error?.Kind);
        Assert.NotNull(uncached.InnerException);

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

    private async Task<long> CountRowsOfGuildAsync(ulong guildId)
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
