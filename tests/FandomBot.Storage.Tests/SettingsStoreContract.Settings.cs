using Xunit;

namespace FandomBot.Storage.Tests;

/// <summary>The /reminders settings: defaults, each setting round-tripping, limits rejected.</summary>
public abstract partial class SettingsStoreContract
{
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
}
