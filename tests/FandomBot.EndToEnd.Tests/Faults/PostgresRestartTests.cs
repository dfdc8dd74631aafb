using System.Globalization;
using FandomBot.Discord.Fake;
using Xunit;

namespace FandomBot.EndToEnd.Tests.Faults;

/// <summary>
/// The real process on a real PostgreSQL that really goes away: a private server (<see cref="PrivatePostgresServer"/>)
/// restarted or stopped while messages flow. The bot answers from its cache meanwhile and reconnects afterwards.
/// </summary>
public sealed class PostgresRestartTests
{
    public enum Outage
    {
        /// <summary><c>pg_ctl restart -m fast</c> while a stream of messages is arriving.</summary>
        RestartDuringTraffic,

        /// <summary><c>pg_ctl stop -m fast</c>, messages while it is down, then <c>pg_ctl start</c>.</summary>
        StopThenTrafficThenStart,
    }

    private const ulong Guild = 306UL << 22;
    private const int MessagesWhileDown = 20;
    private const string ListenerLost = "Settings change listener lost its PostgreSQL connection";
    private const string ListenerBack = "Settings change listener is listening again";

    [Theory]
    [InlineData(Outage.RestartDuringTraffic)]
    [InlineData(Outage.StopThenTrafficThenStart)]
    public async Task PostgreSQL_really_restarted_during_traffic_the_bot_answers_from_its_cache_and_saves_again_once_it_is_back(Outage outage)
    {
        var ct = TestContext.Current.CancellationToken;
        var output = TestContext.Current.TestOutputHelper;
        await using var postgres = await PrivatePostgresServer.StartAsync(ct);
        await using var discord = await FakeDiscordServer.StartAsync(cancellationToken: ct);
        discord.Gateway.AddGuild(Guild, "Restart test");
        await using var bot = await RunningBot.StartAsync(discord, guildCount: 1, new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["Storage__ConnectionString"] = postgres.ConnectionString,
            ["Storage__PollIntervalSeconds"] = "1",
        });

        // One answered message first: the guild's settings are in the bot's cache before the database goes away.
        ulong author = 80_000;
        await RunningBot.ReplyToAsync(discord, await RunningBot.SendSpeculationAsync(discord, Guild, RunningBot.NextId(), author++));

        var sent = new List<ulong>();
        if (outage == Outage.RestartDuringTraffic)
        {
            using var traffic = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var flowing = Task.Run(
                async () =>
                {
                    while (!traffic.IsCancellationRequested)
                    {
                        var id = await RunningBot.SendSpeculationAsync(discord, Guild, RunningBot.NextId(), Interlocked.Increment(ref author));
                        lock (sent)
                        {
                            sent.Add(id);
                        }

                        await Task.Delay(20, CancellationToken.None);
                    }
                },
                CancellationToken.None);

            // Some traffic before, during and after the restart: it only ends once messages went out on both sides.
            await RunningBot.WaitUntilAsync(() => Count(sent) >= 10, "traffic before the restart");
            await postgres.RestartAsync(ct);
            var afterRestart = Count(sent);
            await RunningBot.WaitUntilAsync(() => Count(sent) >= afterRestart + 10, "traffic after the restart");
            await traffic.CancelAsync();
            await flowing;
        }
        else
        {
            await postgres.StopAsync(ct);
            for (var i = 0; i < MessagesWhileDown; i++)
            {
                sent.Add(await RunningBot.SendSpeculationAsync(discord, Guild, RunningBot.NextId(), author++));
            }

            // Every reminder arrives while the server is still stopped: they can only come from the cache.
            await RunningBot.WaitUntilAsync(() => sent.All(id => RunningBot.RepliesTo(discord, id).Count > 0), "reminders while PostgreSQL is stopped");
            await postgres.StartServerAsync(ct);
        }

        await RunningBot.WaitUntilAsync(() => sent.All(id => RunningBot.RepliesTo(discord, id).Count > 0), "a reminder for every message");
        Assert.All(sent, id => Assert.Single(RunningBot.RepliesTo(discord, id)));

        // The bot did see the server go (its LISTEN session ended) and reconnected by itself.
        Assert.Contains(ListenerLost, Log(bot), StringComparison.Ordinal);
        await RunningBot.WaitUntilAsync(() => Log(bot).Contains(ListenerBack, StringComparison.Ordinal), "the settings change listener to reconnect");

        // Back: a settings change must be saved again (one attempt may meet a pooled session the restart ended).
        var attempts = await RunningBot.TurnRemindersOffAsync(discord, Guild, moderatorId: author + 1_000);
        output?.WriteLine($"{outage}: {sent.Count} messages during the outage, each answered once; settings saved on attempt {attempts}");
        Assert.True(attempts > 0, "No /reminders off was saved after PostgreSQL came back.");

        // And it is in the database, not only in the bot's cache.
        var enabled = await postgres.QueryAsync(
            string.Create(CultureInfo.InvariantCulture, $"SELECT reminders_enabled FROM guild_settings WHERE guild_id = {(long)Guild}"), ct);
        Assert.Equal(false, enabled);
        Assert.False(bot.Process.HasExited);
    }

    private static string Log(RunningBot bot) => bot.Process.Output + bot.Process.Error;

    private static int Count(List<ulong> sent)
    {
        lock (sent)
        {
            return sent.Count;
        }
    }
}
