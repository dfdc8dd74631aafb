using System.Diagnostics;
using System.Globalization;
using FandomBot.Discord.Fake;
using FandomBot.Discord.Fake.Rest;

namespace FandomBot.LoadDriver;

/// <summary>
/// Sends a bounded number of MESSAGE_CREATE dispatches on shard 0 at a set rate (or as fast as the fake server can when
/// the rate is 0), then waits (bounded) for the bot to process them and measures each reminder's latency.
/// </summary>
/// <remarks>
/// Dispatches go out through <see cref="FakeGateway.SendRawAsync"/> numbered by the driver, continuing the session's
/// sequence: the fake's own helper keeps every dispatch as a JSON tree for replay, which would cost the driver
/// gigabytes over a million messages and limit the rate to what the fake can build, not what the bot can take.
/// Nothing is replayed, so a lost event stays lost and shows up in the counts.
/// </remarks>
internal sealed class LoadRun(FakeDiscordServer discord, BotUnderTest bot)
{
    private const string MessagesSeen = "fandombot_messages_seen";
    private const string WorkDropped = "fandombot_work_dropped";
    private const string ReminderDelay = "fandombot_reminder_delay_ms";

    // The last number the driver gave a dispatch: the fake's session does not know the raw ones.
    private long _lastSequence;

    public async Task<LoadResult> RunAsync(string name, MessageMix mix, long count, double ratePerSecond, TimeSpan limit, TimeSpan drainLimit, CancellationToken cancellationToken)
    {
        var seenBefore = await bot.CounterAsync(MessagesSeen, cancellationToken) ?? 0;
        var delaysBefore = await bot.CounterAsync(ReminderDelay + "_count", cancellationToken) ?? 0;
        var delaysWithin5MsBefore = await bot.CounterAsync(ReminderDelay + "_bucket", cancellationToken, "le=\"5\"") ?? 0;
        var repliesBefore = discord.Rest.RequestsTo(FakeRoutes.CreateMessage).Count;
        var session = discord.Gateway.Sessions.Single(s => s.ShardId == 0);
        var sequence = Math.Max(session.History.Count > 0 ? session.History[^1].Sequence : 0, _lastSequence);
        var speculationSentAt = new Dictionary<string, DateTimeOffset>();

        var deadline = Stopwatch.StartNew();
        var watch = Stopwatch.StartNew();
        long sent = 0;
        for (; sent < count && deadline.Elapsed < limit; sent++)
        {
            if (ratePerSecond > 0)
            {
                await PaceAsync(watch, sent / ratePerSecond);
            }

            var message = mix.Next();
            var text = DispatchText.MessageCreate(++sequence, message);
            var id = message.MessageId.ToString(CultureInfo.InvariantCulture);

            // Stamped before the write: an upper bound on the latency (it includes the fake's send lock, uncontended when paced).
            var at = TimeProvider.System.GetUtcNow();
            await discord.Gateway.SendRawAsync(0, text);
            if (message.Kind == MessageKind.Speculation)
            {
                speculationSentAt[id] = at;
            }
        }

        var sendSeconds = watch.Elapsed.TotalSeconds;
        _lastSequence = sequence;

        // Wait (bounded) for the bot to count every event, then for the replies to stop coming.
        var processSeconds = double.NaN;
        double seen = 0;
        var patience = Stopwatch.StartNew();
        while (patience.Elapsed < TimeSpan.FromSeconds(60))
        {
            seen = (await bot.CounterAsync(MessagesSeen, cancellationToken) ?? 0) - seenBefore;
            if (seen >= sent)
            {
                processSeconds = watch.Elapsed.TotalSeconds;
                break;
            }

            await Task.Delay(20, cancellationToken);
        }

        // The bot's heartbeats carry the last sequence it read: it should reach the last one sent.
        var acknowledged = await LastHeartbeatSequenceAsync(sequence, cancellationToken);
        var replies = await SettledRepliesAsync(repliesBefore, speculationSentAt.Count, drainLimit, cancellationToken);
        var latencies = new List<double>();
        var unexpected = 0;
        foreach (var reply in replies)
        {
            var repliedTo = reply.Body?["message_reference"]?["message_id"]?.GetValue<string>();
            if (repliedTo is not null && speculationSentAt.Remove(repliedTo, out var sentAt))
            {
                latencies.Add((reply.ReceivedAt - sentAt).TotalMilliseconds);
            }
            else
            {
                unexpected++;
            }
        }

        var dropped = await bot.CounterAsync(WorkDropped, cancellationToken) ?? 0;

        // The bot's own view (its fandombot_reminder_delay_ms histogram): the share of reminders delivered within 5 ms of
        // the message's arrival, which tells the bot's time apart from the driver's and the fake server's.
        var delays = (await bot.CounterAsync(ReminderDelay + "_count", cancellationToken) ?? 0) - delaysBefore;
        var delaysWithin5Ms = (await bot.CounterAsync(ReminderDelay + "_bucket", cancellationToken, "le=\"5\"") ?? 0) - delaysWithin5MsBefore;
        return new LoadResult(
            name, sent, sendSeconds, seen, processSeconds, sequence, acknowledged, latencies.Count + speculationSentAt.Count, latencies.Count, unexpected, dropped,
            LatencySummary.Of(latencies), delays > 0 ? delaysWithin5Ms / delays : double.NaN, bot.Memory());
    }

    private async Task<long> LastHeartbeatSequenceAsync(long target, CancellationToken cancellationToken)
    {
        var bound = Stopwatch.StartNew();
        long last = 0;
        while (bound.Elapsed < TimeSpan.FromSeconds(5))
        {
            last = discord.Gateway.Heartbeats.Select(h => h.Data?.GetValueKind() == System.Text.Json.JsonValueKind.Number ? h.Data.GetValue<long>() : 0).DefaultIfEmpty(0).Max();
            if (last >= target)
            {
                break;
            }

            await Task.Delay(100, cancellationToken);
        }

        return last;
    }

    private async Task<IReadOnlyList<RecordedRequest>> SettledRepliesAsync(int before, int expected, TimeSpan drainLimit, CancellationToken cancellationToken)
    {
        var quiet = Stopwatch.StartNew();
        var last = -1;
        var bound = Stopwatch.StartNew();
        while (bound.Elapsed < drainLimit)
        {
            var count = discord.Rest.RequestsTo(FakeRoutes.CreateMessage).Count - before;
            if (count != last)
            {
                last = count;
                quiet.Restart();
            }

            // All expected arrived and nothing more for a moment, or nothing new for 3 s.
            if ((count >= expected && quiet.Elapsed > TimeSpan.FromMilliseconds(500)) || quiet.Elapsed > TimeSpan.FromSeconds(3))
            {
                break;
            }

            await Task.Delay(50, cancellationToken);
        }

        return [.. discord.Rest.RequestsTo(FakeRoutes.CreateMessage).Skip(before)];
    }

    // Sleeps, never spins: on a two-core machine a spinning pacer takes a whole core from the bot it measures. A sleep
    // wakes about every millisecond, so at 1,000 msg/s messages go out one or two at a time, each stamped as it is
    // written; the latency is measured from that stamp, so the pacing jitter does not enter the figures.
    private static async Task PaceAsync(Stopwatch watch, double dueSeconds)
    {
        while (dueSeconds - watch.Elapsed.TotalSeconds > 0)
        {
            await Task.Delay(1);
        }
    }
}
