using System.Diagnostics.Metrics;
using FandomBot.Features.Reminders;
using Xunit;
using static FandomBot.Tests.Reminders.ReminderScenario;

namespace FandomBot.Tests.Reminders;

/// <summary>The reminder path is run once before the gateway connects, so the first reminder after a start is not the slow one.</summary>
public sealed class ReminderPathWarmUpTests
{
    [Fact]
    public async Task Runs_the_whole_path_to_a_reply_and_a_mod_log_line_before_the_bot_takes_messages()
    {
        await using var scenario = await StartAsync();

        var warmUp = scenario.Bot.Get<ReminderPathWarmUp>();

        Assert.True(warmUp.LastDuration > TimeSpan.Zero);

        // Made-up speculations, each answered with a reply and a mod-log line through the REST client: the whole path ran.
        Assert.True(warmUp.RequestsAnswered >= 2 && warmUp.RequestsAnswered % 2 == 0, $"{warmUp.RequestsAnswered} requests reached the stand-in Discord: the path stays cold until the first real reminder");
    }

    [Fact]
    public async Task Leaves_no_trace_a_member_or_a_moderator_could_see()
    {
        await using var scenario = await StartAsync();

        Assert.Empty(scenario.Bot.Discord.Rest.RequestsTo(FandomBot.Discord.Fake.Rest.FakeRoutes.CreateMessage));
        Assert.Equal(0, scenario.Bot.Get<ChannelContexts>().ChannelCount);

        // Its reminders were counted and its mod-log channel set in a scratch store, never in the bot's own settings.
        var counters = await scenario.Store.GetCountersAsync(1, TestContext.Current.CancellationToken);
        Assert.True(counters.IsSuccess);
        Assert.Equal(0, counters.Value.RemindersSent);
        Assert.Null((await scenario.Store.GetAsync(1, TestContext.Current.CancellationToken)).ModLogChannelId);
    }

    [Fact]
    public async Task Counts_nothing_in_the_operators_metrics()
    {
        await using var scenario = await StartAsync();
        var warmUp = scenario.Bot.Get<ReminderPathWarmUp>();

        // The meters are process-wide and other tests run beside this one: count only what this test's flow records.
        var thisFlow = new AsyncLocal<bool>();
        var recorded = 0;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, meterListener) =>
            {
                if (instrument.Meter.Name is FandomBot.Diagnostics.BotMetrics.MeterName or FandomBot.Discord.Diagnostics.DiscordMetrics.MeterName)
                {
                    meterListener.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, _, _, _) => Count());
        listener.SetMeasurementEventCallback<double>((_, _, _, _) => Count());
        listener.Start();
        thisFlow.Value = true;

        await warmUp.StartingAsync(TestContext.Current.CancellationToken);
        var duringWarmUp = Volatile.Read(ref recorded);
        FandomBot.Diagnostics.BotMetrics.MessageSeen();

        Assert.True(warmUp.RequestsAnswered >= 2, "the warm-up did not run the path, so it proves nothing");
        Assert.Equal(0, duringWarmUp);
        Assert.Equal(1, Volatile.Read(ref recorded));

        void Count()
        {
            if (thisFlow.Value)
            {
                Interlocked.Increment(ref recorded);
            }
        }
    }
}
