using FandomBot.Core.Reminders;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace FandomBot.Core.Tests.Reminders;

public sealed class RecentMessagesTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void Keeps_the_last_ten_messages_of_a_channel_oldest_first()
    {
        var recent = new RecentMessages(_time);
        for (var i = 1; i <= 12; i++)
        {
            recent.Add(7, $"message {i}");
        }

        var context = recent.Snapshot(7);

        Assert.Equal(Enumerable.Range(3, 10).Select(i => $"message {i}"), context);
    }

    [Fact]
    public void Messages_older_than_five_minutes_are_not_context()
    {
        var recent = new RecentMessages(_time);
        recent.Add(7, "old");
        _time.Advance(TimeSpan.FromMinutes(4));
        recent.Add(7, "newer");
        _time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));

        Assert.Equal(["newer"], recent.Snapshot(7));
    }

    [Fact]
    public void Channels_do_not_share_context_and_the_least_active_is_dropped_first()
    {
        var recent = new RecentMessages(_time, maxChannels: 2);
        recent.Add(1, "one");
        recent.Add(2, "two");
        recent.Add(1, "one again");
        recent.Add(3, "three");

        Assert.Equal(["one", "one again"], recent.Snapshot(1));
        Assert.Empty(recent.Snapshot(2));
        Assert.Equal(["three"], recent.Snapshot(3));
        Assert.Equal(2, recent.ChannelCount);
    }

    [Fact]
    public void A_channel_quiet_past_the_window_leaves_the_rings_and_the_guild_index()
    {
        var recent = new RecentMessages(_time);
        recent.Add(1, 10, "one");
        recent.Add(2, 20, "two");
        _time.Advance(RecentMessages.Window + TimeSpan.FromSeconds(1));

        recent.Add(3, 30, "three");

        Assert.Equal(1, recent.ChannelCount);
        Assert.Equal(1, recent.GuildCount);
        Assert.Equal("three".Length, recent.CharacterCount);
    }

    [Fact]
    public void Two_hundred_thousand_channels_of_a_hundred_thousand_guilds_stay_within_the_bound()
    {
        var recent = new RecentMessages(_time, maxChannels: 1_000);
        for (ulong channel = 1; channel <= 200_000; channel++)
        {
            recent.Add((channel - 1) / 2, channel, "hi");
        }

        Assert.Equal(1_000, recent.ChannelCount);
        Assert.Equal(500, recent.GuildCount);
        Assert.Equal(2_000, recent.CharacterCount);
    }

    [Fact]
    public void Long_messages_are_bounded_by_characters_dropping_the_least_active_channels()
    {
        var recent = new RecentMessages(_time, maxChannels: 1_000, maxCharacters: 10_000);
        var long4000 = new string('a', 4_000);
        for (ulong channel = 1; channel <= 100; channel++)
        {
            recent.Add(1, channel, long4000);
        }

        Assert.True(recent.CharacterCount <= 10_000);
        Assert.Equal(2, recent.ChannelCount);
        Assert.Equal([long4000], recent.Snapshot(100));
        Assert.Empty(recent.Snapshot(1));
    }

    [Fact]
    public void A_ring_full_of_replaced_messages_counts_only_what_it_holds()
    {
        var recent = new RecentMessages(_time);
        for (var i = 0; i < 25; i++)
        {
            recent.Add(1, 7, "12345");
        }

        Assert.Equal(RecentMessages.PerChannel * 5, recent.CharacterCount);
    }

    [Fact]
    public void Forgetting_a_guild_drops_its_channels_only()
    {
        var recent = new RecentMessages(_time);
        recent.Add(1, 10, "a");
        recent.Add(1, 11, "b");
        recent.Add(2, 20, "c");

        recent.ForgetGuild(1);

        Assert.Empty(recent.Snapshot(10));
        Assert.Empty(recent.Snapshot(11));
        Assert.Equal(["c"], recent.Snapshot(20));
        Assert.Equal(1, recent.GuildCount);
        Assert.Equal(1, recent.CharacterCount);
    }

    [Fact]
    public void A_ring_reused_for_a_new_channel_carries_nothing_of_the_old_one()
    {
        var recent = new RecentMessages(_time, maxChannels: 1);
        for (var i = 0; i < 12; i++)
        {
            recent.Add(1, 10, "old channel's text");
        }

        recent.Add(2, 20, "new");
        recent.ForgetGuild(1);

        Assert.Equal(["new"], recent.Snapshot(20));
        Assert.Empty(recent.Snapshot(10));
        Assert.Equal("new".Length, recent.CharacterCount);
        Assert.Equal(1, recent.GuildCount);
    }

    [Fact]
    public void Forgetting_a_guild_reaches_every_channel_of_it_among_many()
    {
        var recent = new RecentMessages(_time, maxChannels: 5_000);
        for (ulong channel = 1; channel <= 5_000; channel++)
        {
            recent.Add(channel % 7, channel, "x");
        }

        recent.ForgetGuild(3);

        Assert.Equal(5_000 - (5_000 / 7), recent.ChannelCount);
        Assert.Equal(6, recent.GuildCount);
        Assert.All(Enumerable.Range(1, 5_000).Where(channel => channel % 7 == 3), channel => Assert.Empty(recent.Snapshot((ulong)channel)));
    }
}
