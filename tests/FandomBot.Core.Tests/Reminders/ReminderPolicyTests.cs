using FandomBot.Core.Reminders;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace FandomBot.Core.Tests.Reminders;

public sealed class ReminderPolicyTests
{
    private const ulong Guild = 1;
    private const ulong Channel = 10;
    private const ulong Author = 100;
    private readonly ReminderCooldowns _cooldowns = new(new FakeTimeProvider());

    [Fact]
    public void By_default_every_human_message_in_a_guild_is_looked_at()
    {
        Assert.Equal(ReminderGate.Open, ReminderPolicy.Check(ReminderSettings.Default, Message(), _cooldowns));
    }

    [Fact]
    public void Bots_webhooks_and_direct_messages_are_never_answered()
    {
        Assert.Equal(ReminderGate.FromBot, ReminderPolicy.Check(ReminderSettings.Default, Message() with { AuthorIsBot = true }, _cooldowns));
        Assert.Equal(ReminderGate.DirectMessage, ReminderPolicy.Check(ReminderSettings.Default, Message() with { GuildId = null }, _cooldowns));
    }

    [Fact]
    public void Reminders_switched_off_stop_everything()
    {
        Assert.Equal(ReminderGate.RemindersOff, ReminderPolicy.Check(ReminderSettings.Default with { Enabled = false }, Message(), _cooldowns));
    }

    [Fact]
    public void With_a_listed_scope_only_listed_channels_and_their_threads_count()
    {
        var settings = ReminderSettings.Default with { Scope = ReminderScope.Listed, ListedChannels = new HashSet<ulong> { Channel } };

        Assert.Equal(ReminderGate.Open, ReminderPolicy.Check(settings, Message(), _cooldowns));
        Assert.Equal(ReminderGate.Open, ReminderPolicy.Check(settings, Message() with { ChannelId = 77, ParentChannelId = Channel }, _cooldowns));
        Assert.Equal(ReminderGate.ChannelNotInScope, ReminderPolicy.Check(settings, Message() with { ChannelId = 11 }, _cooldowns));
    }

    [Fact]
    public void Members_with_an_exempt_role_are_left_alone()
    {
        var settings = ReminderSettings.Default with { ExemptRoles = new HashSet<ulong> { 500 } };

        Assert.Equal(ReminderGate.ExemptRole, ReminderPolicy.Check(settings, Message() with { AuthorRoleIds = [400, 500] }, _cooldowns));
        Assert.Equal(ReminderGate.Open, ReminderPolicy.Check(settings, Message() with { AuthorRoleIds = [400] }, _cooldowns));
    }

    [Fact]
    public void After_a_reminder_the_member_cools_down_and_only_one_claim_wins()
    {
        var settings = ReminderSettings.Default;

        Assert.True(ReminderPolicy.TryClaim(settings, Message(), _cooldowns));
        Assert.False(ReminderPolicy.TryClaim(settings, Message(), _cooldowns));
        Assert.Equal(ReminderGate.CoolingDown, ReminderPolicy.Check(settings, Message(), _cooldowns));
    }

    private static MessageFacts Message() => new(Guild, Channel, null, Author, false, []);
}
