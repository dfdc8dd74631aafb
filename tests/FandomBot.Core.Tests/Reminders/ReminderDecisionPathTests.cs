using FandomBot.Core.Reminders;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace FandomBot.Core.Tests.Reminders;

public sealed class ReminderDecisionPathTests
{
    private const ulong Guild = 1;
    private const ulong Channel = 10;
    private const ulong Thread = 11;
    private const ulong Author = 100;

    private static MessageFacts Facts(ulong channel = Channel, ulong? parent = null, bool bot = false) =>
        new(Guild, channel, parent, Author, bot, []);

    private static IncomingMessage Incoming(ulong? replyTo, params ulong[] mentioned) =>
        new(Facts(), "text", DateTimeOffset.UnixEpoch, replyTo, mentioned);

    [Fact]
    public void The_screen_and_the_policys_check_agree_when_nobody_is_cooling_down()
    {
        var cooldowns = new ReminderCooldowns(new FakeTimeProvider());
        var listed = ReminderSettings.Default with { Scope = ReminderScope.Listed, ListedChannels = new HashSet<ulong> { Channel } };
        foreach (var facts in new[] { Facts(), Facts(bot: true), Facts(channel: Thread, parent: Channel), Facts(channel: 99) })
        {
            Assert.Equal(ReminderPolicy.Check(listed, facts, cooldowns), ReminderDecisionPath.Screen(listed, facts));
        }
    }

    [Fact]
    public void A_thread_of_a_listed_channel_is_in_scope_and_its_text_is_context()
    {
        var listed = ReminderSettings.Default with { Scope = ReminderScope.Listed, ListedChannels = new HashSet<ulong> { Channel } };

        Assert.Equal(ReminderGate.Open, ReminderDecisionPath.Screen(listed, Facts(channel: Thread, parent: Channel)));
        Assert.True(ReminderDecisionPath.HoldsAsContext(listed, Facts(channel: Thread, parent: Channel)));
        Assert.Equal(ReminderGate.ChannelNotInScope, ReminderDecisionPath.Screen(listed, Facts(channel: Thread)));
        Assert.False(ReminderDecisionPath.HoldsAsContext(listed, Facts(channel: Thread)));
    }

    [Fact]
    public void A_bots_message_is_never_judged_but_is_context_where_reminders_apply()
    {
        Assert.Equal(ReminderGate.FromBot, ReminderDecisionPath.Screen(ReminderSettings.Default, Facts(bot: true)));
        Assert.True(ReminderDecisionPath.HoldsAsContext(ReminderSettings.Default, Facts(bot: true)));
        Assert.False(ReminderDecisionPath.HoldsAsContext(ReminderSettings.Default with { Enabled = false }, Facts(bot: true)));
    }

    [Fact]
    public void The_detector_hears_of_the_replied_to_author_first_then_each_mention_once()
    {
        Assert.Equal([7UL, 8UL], ReminderDecisionPath.DetectorMentions(Incoming(7, 8, 7)));
        Assert.Equal([8UL], ReminderDecisionPath.DetectorMentions(Incoming(Author, 8)));
        Assert.Empty(ReminderDecisionPath.DetectorMentions(Incoming(null)));
    }

    [Fact]
    public void The_cooldown_counts_only_after_an_open_screen_and_a_claim_wins_once()
    {
        var cooldowns = new ReminderCooldowns(new FakeTimeProvider());
        Assert.False(ReminderDecisionPath.CoolingDown(ReminderGate.Open, Guild, Author, cooldowns));

        Assert.True(ReminderDecisionPath.TryClaim(ReminderSettings.Default, Facts(), cooldowns));
        Assert.False(ReminderDecisionPath.TryClaim(ReminderSettings.Default, Facts(), cooldowns));
        Assert.True(ReminderDecisionPath.CoolingDown(ReminderGate.Open, Guild, Author, cooldowns));
        Assert.False(ReminderDecisionPath.CoolingDown(ReminderGate.ExemptRole, Guild, Author, cooldowns));
    }
}
