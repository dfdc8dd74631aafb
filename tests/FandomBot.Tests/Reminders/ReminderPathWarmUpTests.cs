using FandomBot.Features.Reminders;
using Xunit;
using static FandomBot.Tests.Reminders.ReminderScenario;

namespace FandomBot.Tests.Reminders;

/// <summary>The reminder path is run once before the gateway connects, so the first reminder after a start is not the slow one.</summary>
public sealed class ReminderPathWarmUpTests
{
    [Fact]
    public async Task Runs_the_detector_and_builds_a_reply_before_the_bot_takes_messages()
    {
        await using var scenario = await StartAsync();

        var warmUp = scenario.Bot.Get<ReminderPathWarmUp>();

        Assert.True(warmUp.LastDuration > TimeSpan.Zero);
        Assert.True(warmUp.RepliesBuilt >= 1, "no made-up message reached the reply: the reply path stays cold until the first real reminder");
    }

    [Fact]
    public async Task Leaves_no_trace_a_member_or_a_moderator_could_see()
    {
        await using var scenario = await StartAsync();

        Assert.Empty(scenario.Bot.Discord.Rest.RequestsTo(FandomBot.Discord.Fake.Rest.FakeRoutes.CreateMessage));
        Assert.Equal(0, scenario.Bot.Get<ChannelContexts>().ChannelCount);
    }
}
