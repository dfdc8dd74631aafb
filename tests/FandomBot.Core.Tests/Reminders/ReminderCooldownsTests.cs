using FandomBot.Core.Reminders;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace FandomBot.Core.Tests.Reminders;

public sealed class ReminderCooldownsTests
{
    private static readonly TimeSpan TenMinutes = TimeSpan.FromMinutes(10);
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void A_member_gets_no_second_reminder_until_the_cooldown_has_passed()
    {
        var cooldowns = new ReminderCooldowns(_time);

        Assert.True(cooldowns.TryStart(1, 100, TenMinutes));
        _time.Advance(TimeSpan.FromMinutes(9));
        Assert.False(cooldowns.TryStart(1, 100, TenMinutes));
        Assert.True(cooldowns.IsCoolingDown(1, 100));
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(cooldowns.TryStart(1, 100, TenMinutes));
    }

    [Fact]
    public void Cooldowns_are_per_guild_and_per_member()
    {
        var cooldowns = new ReminderCooldowns(_time);

        Assert.True(cooldowns.TryStart(1, 100, TenMinutes));
        Assert.True(cooldowns.TryStart(1, 101, TenMinutes));
        Assert.True(cooldowns.TryStart(2, 100, TenMinutes));
        Assert.False(cooldowns.TryStart(2, 100, TenMinutes));
    }

    [Fact]
    public void A_zero_cooldown_never_holds_anyone_back()
    {
        var cooldowns = new ReminderCooldowns(_time);

        Assert.True(cooldowns.TryStart(1, 100, TimeSpan.Zero));
        Assert.True(cooldowns.TryStart(1, 100, TimeSpan.Zero));
    }

    [Fact]
    public void Ended_cooldowns_are_dropped_as_new_ones_start()
    {
        var cooldowns = new ReminderCooldowns(_time, capacity: 10);
        for (ulong member = 0; member < 10; member++)
        {
            cooldowns.TryStart(1, member, TenMinutes);
        }

        _time.Advance(TenMinutes);
        cooldowns.TryStart(1, 999, TenMinutes);

        Assert.Equal(1, cooldowns.Count);
    }

    [Fact]
    public void A_new_cooldown_past_two_hundred_thousand_live_ones_looks_only_at_the_ended_ones()
    {
        var cooldowns = new ReminderCooldowns(_time);
        for (ulong member = 0; member < 200_000; member++)
        {
            Assert.True(cooldowns.TryStart(1, member, TimeSpan.FromMinutes(10 + (double)(member % 50))));
        }

        var before = cooldowns.ExpiryVisits;
        for (ulong member = 200_000; member < 201_000; member++)
        {
            cooldowns.TryStart(1, member, TenMinutes);
        }

        Assert.Equal(before, cooldowns.ExpiryVisits);
        Assert.Equal(201_000, cooldowns.Count);

        // The 4,000 that end after exactly ten minutes (member % 50 == 0) go, each looked at once.
        _time.Advance(TenMinutes);
        cooldowns.TryStart(2, 1, TenMinutes);

        Assert.Equal(before + 4_000 + 1_000, cooldowns.ExpiryVisits);
        Assert.Equal(201_000 - 5_000 + 1, cooldowns.Count);
    }

    [Fact]
    public void Cooldowns_of_different_lengths_end_in_their_own_order()
    {
        var cooldowns = new ReminderCooldowns(_time);
        cooldowns.TryStart(1, 1, TimeSpan.FromMinutes(30));
        cooldowns.TryStart(1, 2, TimeSpan.FromMinutes(5));

        _time.Advance(TimeSpan.FromMinutes(6));
        cooldowns.TryStart(9, 9, TenMinutes);

        Assert.False(cooldowns.IsCoolingDown(1, 2));
        Assert.True(cooldowns.IsCoolingDown(1, 1));
        Assert.Equal(2, cooldowns.Count);
    }

    [Fact]
    public void A_full_table_lets_go_of_the_cooldown_closest_to_its_end()
    {
        var cooldowns = new ReminderCooldowns(_time, capacity: 3);
        cooldowns.TryStart(1, 1, TimeSpan.FromMinutes(30));
        cooldowns.TryStart(1, 2, TimeSpan.FromMinutes(5));
        cooldowns.TryStart(1, 3, TimeSpan.FromMinutes(20));

        cooldowns.TryStart(1, 4, TenMinutes);

        Assert.Equal(3, cooldowns.Count);
        Assert.False(cooldowns.IsCoolingDown(1, 2));
        Assert.True(cooldowns.IsCoolingDown(1, 1));
        Assert.Equal(1, cooldowns.ReleasedEarly);
    }

    [Fact]
    public void A_million_distinct_members_never_hold_more_than_the_capacity()
    {
        var cooldowns = new ReminderCooldowns(_time, capacity: 50_000);
        for (ulong member = 0; member < 1_000_000; member++)
        {
            cooldowns.TryStart(member % 1_000, member, TenMinutes);
            if (member % 1_000 == 0)
            {
                _time.Advance(TimeSpan.FromSeconds(1));
            }
        }

        Assert.True(cooldowns.Count <= 50_000);
    }

    [Fact]
    public void A_guild_forgotten_and_back_keeps_its_new_cooldowns_when_the_old_ones_end()
    {
        var cooldowns = new ReminderCooldowns(_time);
        cooldowns.TryStart(1, 100, TenMinutes);
        cooldowns.Forget(1);
        _time.Advance(TimeSpan.FromMinutes(5));
        cooldowns.TryStart(1, 100, TenMinutes);

        _time.Advance(TimeSpan.FromMinutes(6));
        cooldowns.TryStart(2, 1, TenMinutes);

        Assert.True(cooldowns.IsCoolingDown(1, 100));
    }

    [Fact]
    public void Forgetting_a_guild_clears_only_its_cooldowns()
    {
        var cooldowns = new ReminderCooldowns(_time);
        cooldowns.TryStart(1, 100, TenMinutes);
        cooldowns.TryStart(2, 100, TenMinutes);

        cooldowns.Forget(1);

        Assert.False(cooldowns.IsCoolingDown(1, 100));
        Assert.True(cooldowns.IsCoolingDown(2, 100));
    }
}
