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
}
