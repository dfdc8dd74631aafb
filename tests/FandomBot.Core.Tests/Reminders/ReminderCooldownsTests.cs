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
    public void Expired_entries_are_swept_once_past_capacity()
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
