using System.Diagnostics;
using System.Globalization;
using FandomBot.Discord.Fake;

namespace FandomBot.LoadDriver;

/// <summary>
/// Memory at scale (issue 15, part 5): one bot process with 2 shards takes <c>--guilds</c> servers with realistic
/// GUILD_CREATEs, then traffic over a few channels and over <c>--channels</c> distinct ones (per-message cost compared
/// in the bot's CPU time, which other people's processes on a shared machine do not inflate), then churn: servers
/// leaving and joining, each round's messages from authors never seen before, one in ten speculation (each starts a
/// cooldown), with the resident set after every round.
/// </summary>
internal sealed class ScaleRun(FakeDiscordServer discord, BotUnderTest bot, ScaleOptions options)
{
    private const string MessagesSeen = "fandombot_messages_seen";

    private static readonly string[] Chat =
    [
        "did anyone else cry at the end of episode four",
        "the soundtrack for season two is so good i have it on repeat",
        "who is going to the convention next month",
        "i just finished the graphic novel and i need to talk about it",
        "rewatching the whole series before the finale drops",
        "nick is bi in the comic and the show handles it so well",
        "can we talk about how funny the bloopers were",
        "stop speculating about whether actors are gay, it is nobody's business",
        "good morning everyone, what are we watching today",
        "new fanart thread is up in the art channel",
    ];

    private readonly long[] _sequence = new long[2];
    private long _messageId = 1_400_000_000_000_000_000;
    private ulong _author = 600_000_000_000_000_000;

    public List<ulong> Guilds { get; } = [];

    public static ulong GuildId(int index) => 910_000_000_000_000_000UL + ((ulong)index << 22);

    public static int ShardOf(ulong guildId) => (int)((guildId >> 22) % 2);

    /// <summary>Sends GUILD_CREATE for each guild to its shard and waits until both shards have read them all.</summary>
    public async Task JoinAsync(IEnumerable<ulong> guildIds, CancellationToken cancellationToken)
    {
        foreach (var guild in guildIds)
        {
            var shard = ShardOf(guild);
            await discord.Gateway.SendRawAsync(shard, GuildCreateText.Of(NextSequence(shard), guild, discord.Gateway.BotUserId));
            Guilds.Add(guild);
        }

        await AcknowledgedAsync(cancellationToken);
    }

    /// <summary>Removes guilds (GUILD_DELETE without unavailable: the bot was removed, so it erases them).</summary>
    public async Task LeaveAsync(IReadOnlyCollection<ulong> guildIds, CancellationToken cancellationToken)
    {
        foreach (var guild in guildIds)
        {
            var shard = ShardOf(guild);
            await discord.Gateway.SendRawAsync(shard, GuildCreateText.GuildDelete(NextSequence(shard), guild));
        }

        Guilds.RemoveAll(guildIds.Contains);
        await AcknowledgedAsync(cancellationToken);
    }

    /// <summary>
    /// Sends <paramref name="count"/> messages as fast as the fake can, message <c>i</c> in channel
    /// <c>channelOf(i)</c> of guild <c>guildOf(i)</c>, and waits until the bot has counted them all. Returns the bot's
    /// CPU time and the wall time it took.
    /// </summary>
    public async Task<PhaseCost> MessagesAsync(
        string name, long count, Func<long, ulong> guildOf, Func<long, ulong> channelOf, Func<long, ulong> authorOf, Func<long, string> textOf, CancellationToken cancellationToken)
    {
        var seenBefore = await bot.CounterAsync(MessagesSeen, cancellationToken) ?? 0;
        var cpuBefore = bot.CpuTime();
        var watch = Stopwatch.StartNew();
        for (long i = 0; i < count; i++)
        {
            var guild = guildOf(i);
            var shard = ShardOf(guild);
            var message = new LoadMessage((ulong)Interlocked.Increment(ref _messageId), guild, channelOf(i), authorOf(i), textOf(i), MessageKind.Chat);
            await discord.Gateway.SendRawAsync(shard, DispatchText.MessageCreate(NextSequence(shard), message));
        }

        var patience = Stopwatch.StartNew();
        double seen = 0;
        while (patience.Elapsed < TimeSpan.FromSeconds(120))
        {
            seen = (await bot.CounterAsync(MessagesSeen, cancellationToken) ?? 0) - seenBefore;
            if (seen >= count)
            {
                break;
            }

            await Task.Delay(20, cancellationToken);
        }

        var wall = watch.Elapsed;
        var cpu = bot.CpuTime() - cpuBefore;
        return new PhaseCost(name, count, (long)seen, cpu, wall, bot.Memory());
    }

    /// <summary>Ordinary fan chat: no reminder is due (text i of the ten, all from a small set of regulars).</summary>
    public static string ChatText(long i) => Chat[(int)(i % Chat.Length)];

    /// <summary>One message in ten speculates about a real person (a reminder and a cooldown), the rest is chat.</summary>
    public static string ChurnText(long i) => i % 10 == 9 ? "kit connor is lowkey gay" : Chat[(int)(i % Chat.Length)];

    public ulong NewAuthor() => ++_author;

    /// <summary>
    /// Waits until the bot has nothing in flight and has compacted its heap after the burst (at most
    /// <c>--settle</c> seconds), then reads its resident set and its managed heap after that full collection: what
    /// it keeps, without the garbage a collection has not yet returned.
    /// </summary>
    public async Task<Settled> SettledMemoryAsync(CancellationToken cancellationToken)
    {
        var compactionsBefore = await bot.CounterAsync("fandombot_memory_compactions", cancellationToken) ?? 0;
        var patience = Stopwatch.StartNew();
        var compacted = false;
        while (patience.Elapsed < TimeSpan.FromSeconds(options.SettleSeconds))
        {
            await Task.Delay(250, cancellationToken);
            if ((await bot.CounterAsync("fandombot_memory_compactions", cancellationToken) ?? 0) > compactionsBefore)
            {
                compacted = true;
                break;
            }
        }

        var heap = await bot.CounterAsync("fandombot_memory_heap_after_full_gc_bytes", cancellationToken) ?? double.NaN;
        return new Settled(bot.Memory(), heap / (1024 * 1024), compacted);
    }

    private long NextSequence(int shard)
    {
        if (_sequence[shard] == 0)
        {
            var session = discord.Gateway.Sessions.Single(s => s.ShardId == shard);
            _sequence[shard] = session.History.Count > 0 ? session.History[^1].Sequence : 0;
        }

        return ++_sequence[shard];
    }

    // Heartbeats carry the last sequence the bot read on that shard.
    private async Task AcknowledgedAsync(CancellationToken cancellationToken)
    {
        var patience = Stopwatch.StartNew();
        while (patience.Elapsed < TimeSpan.FromSeconds(120))
        {
            var done = true;
            for (var shard = 0; shard < 2; shard++)
            {
                var last = discord.Gateway.Heartbeats
                    .Where(h => h.ShardId == shard && h.Data?.GetValueKind() == System.Text.Json.JsonValueKind.Number)
                    .Select(h => h.Data!.GetValue<long>())
                    .DefaultIfEmpty(0)
                    .Max();
                done &= _sequence[shard] == 0 || last >= _sequence[shard];
            }

            if (done)
            {
                return;
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException("The bot did not read every dispatch within 120 s");
    }
}

/// <summary>The bot's memory once settled: resident set, and managed heap after its last full compaction.</summary>
internal sealed record Settled(ProcessMemory Memory, double HeapAfterFullGcMegabytes, bool Compacted)
{
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"VmRSS {Memory.RssMegabytes:N1} MB (anonymous {Memory.AnonymousMegabytes:N1}, file {Memory.FileMegabytes:N1}, shared {Memory.SharedMegabytes:N1}), VmHWM {Memory.PeakMegabytes:N1} MB, managed heap after full GC {HeapAfterFullGcMegabytes:N1} MB{(Compacted ? "" : " (no compaction seen)")}");
}

/// <summary>What one phase of messages cost the bot.</summary>
internal sealed record PhaseCost(string Name, long Sent, long Seen, TimeSpan Cpu, TimeSpan Wall, ProcessMemory MemoryAfter)
{
    public double CpuMicrosecondsPerMessage => Cpu.TotalMilliseconds * 1_000 / Math.Max(1, Seen);

    public double MessagesPerSecond => Seen / Wall.TotalSeconds;

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"| {Name} | {Sent:N0} | {Seen:N0} | {Cpu.TotalSeconds:N2} s | **{CpuMicrosecondsPerMessage:N1} µs** | {Wall.TotalSeconds:N1} s ({MessagesPerSecond:N0}/s) | {MemoryAfter.RssMegabytes:N1} | {MemoryAfter.AnonymousMegabytes:N1} | {MemoryAfter.PeakMegabytes:N1} |");
}
