using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using FandomBot.Core.Quotes;
using FandomBot.Core.Reminders;
using FandomBot.Detectors;
using FandomBot.Discord;
using FandomBot.Discord.Gateway.Events;
using FandomBot.Discord.Models;
using FandomBot.Discord.Rest;
using FandomBot.Gateway;
using FandomBot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FandomBot.Features.Reminders;

/// <summary>
/// Runs the reminder path once, end to end, on made-up messages before the gateway connects, so the first member who
/// speculates after a start is answered as fast as the next one. Under the JIT (what <c>dotnet run</c> runs) every
/// method is compiled on first use: the first reminders after a start took 110-150 ms against 0.7 ms afterwards, and
/// warming only the detector and the reply's texts still left about 30 ms (the pipeline, the settings read, the
/// cooldown claim, the sender, the REST client's request, rate-limit bucket and answer, the counter write).
/// So the warm-up builds its own copy of the path from the same classes (<see cref="ReminderPipeline"/>,
/// <see cref="ReminderSender"/>, <see cref="DiscordRestClient"/>) on stand-ins that keep everything in the process:
/// a <see cref="ScratchSettingsStore"/> (a throwaway SQLite file, so the real settings and counters are never read or
/// written) and a <see cref="WarmUpDiscordHandler"/> (answers as Discord does; nothing leaves the machine). Its
/// contexts, cooldowns and warnings are its own, and all of it is gone when the warm-up ends. What stays cold is the
/// socket under the REST client and the gateway's frame reading, both already used by READY and the servers'
/// GUILD_CREATEs before any member can speak. Runs in <see cref="IHostedLifecycleService.StartingAsync"/>, which the
/// host calls for every service before any starts, so it is done before the event loop opens the gateway.
/// </summary>
internal sealed partial class ReminderPathWarmUp(
    GuildDetectors detectors,
    QuoteLibrary quotes,
    IOptions<DiscordClientOptions> discordOptions,
    TimeProvider timeProvider,
    ILogger<ReminderPathWarmUp> logger)
    : IHostedLifecycleService
{
    // Made up: no real server, channel or member has these ids.
    private const ulong GuildId = 1;
    private const ulong ChannelId = 2;
    private const ulong ModLogChannelId = 8;

    // One message per language the bot reads, one with context and a hint word (the model's path). Each from its own
    // made-up member, so the cooldown lets every one through to a reply.
    private static readonly string[] Messages =
    [
        "did anyone else cry at the end of episode four",
        "kit connor is lowkey gay",
        "creo que joe locke es gay, se nota",
        "acho que ele é gay sim",
        "je pense qu'il est gay, ça se voit",
        "ich glaube er ist schwul",
        "they are totally dating 👀",
    ];

    /// <summary>How long the last warm-up took (for tests and the log).</summary>
    public TimeSpan LastDuration { get; private set; }

    /// <summary>Requests the last warm-up's reminders made of its stand-in Discord: none means the path stayed cold (for tests).</summary>
    public int RequestsAnswered { get; private set; }

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            RequestsAnswered = await WarmUpAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException and not OperationCanceledException)
        {
            // A warm-up that fails costs only speed: the real path reports its own errors.
            LogFailed(logger, exception.GetType().Name);
        }

        LastDuration = Stopwatch.GetElapsedTime(started);
        LogWarmedUp(logger, LastDuration.TotalMilliseconds, RequestsAnswered);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<int> WarmUpAsync(CancellationToken cancellationToken)
    {
        // Made-up messages are no traffic: operators' dashboards must not count them, nor trace them.
        using var rehearsal = Discord.Diagnostics.DiscordMetrics.SuppressInCurrentFlow();
        await using var scratch = await ScratchSettingsStore.CreateAsync(timeProvider, null, cancellationToken).ConfigureAwait(false);

        // A mod-log channel, so the mod-log line is built and posted too (and the store's write path runs).
        _ = await scratch.Store.SetModLogChannelAsync(GuildId, ModLogChannelId, cancellationToken).ConfigureAwait(false);

        using var discord = new WarmUpDiscordHandler();
        using var http = new HttpClient(discord, disposeHandler: false);
        var rest = new DiscordRestClient(http, new DiscordRestState(discordOptions, timeProvider, NullLoggerFactory.Instance), NullLogger<DiscordRestClient>.Instance);
        var warnings = new ChannelPermissionWarnings(timeProvider);
        var sender = new ReminderSender(
            rest, quotes, scratch.Store, new ModLog(rest, warnings, NullLogger<ModLog>.Instance), warnings, timeProvider, NullLogger<ReminderSender>.Instance);
        var inFlight = new InFlightWork(NullLogger<InFlightWork>.Instance);
        var pipeline = new ReminderPipeline(
            scratch.Store, detectors, new ChannelContexts(timeProvider), new ThreadParents(), new ReminderCooldowns(timeProvider), sender, inFlight,
            NullLogger<ReminderPipeline>.Instance);

        for (var index = 0; index < Messages.Length; index++)
        {
            // Through the same JSON reading the gateway uses for a MESSAGE_CREATE's data.
            using var document = JsonDocument.Parse(SampleMessage((ulong)(100 + index), (ulong)(200 + index), Messages[index]));
            var message = document.RootElement.Deserialize(DiscordJsonContext.Default.Message)
                ?? throw new InvalidOperationException("The sample message did not read.");
            await pipeline.HandleAsync(new MessageCreateEvent(0, timeProvider.GetUtcNow(), message), cancellationToken).ConfigureAwait(false);
        }

        _ = await inFlight.DrainAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);

        // Every quote a reminder can show, as its embed's JSON: some carry notes (a footer) that the ones above did not.
        foreach (var quote in ReminderMessage.QuoteTopics.SelectMany(quotes.ByTopic).Distinct())
        {
            var reply = ReminderMessage.Build(ReminderTexts.For("en"), seed: 100, quote, cueMask: 0, GuildId, authorId: 200);
            _ = JsonSerializer.SerializeToUtf8Bytes(reply.AsReplyTo(new Snowflake(100)), DiscordJsonContext.Default.OutgoingMessage);
        }

        return discord.Requests;
    }

    // A MESSAGE_CREATE's data as Discord sends it.
    private static string SampleMessage(ulong messageId, ulong authorId, string text) =>
        string.Create(CultureInfo.InvariantCulture, $$"""
            {"id":"{{messageId}}","channel_id":"{{ChannelId}}","guild_id":"{{GuildId}}","type":0,"content":"{{JsonEncodedText.Encode(text)}}",
             "timestamp":"2026-01-01T00:00:00+00:00",
             "author":{"id":"{{authorId}}","username":"warm","discriminator":"0","global_name":null,"avatar":null},
             "member":{"roles":["5"],"joined_at":"2026-01-01T00:00:00+00:00"},"mentions":[],"mention_roles":[],"attachments":[],"embeds":[],
             "pinned":false,"mention_everyone":false,"tts":false}
            """);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reminder path warmed up in {Milliseconds:0} ms ({Requests} requests to the stand-in Discord)")]
    private static partial void LogWarmedUp(ILogger logger, double milliseconds, int requests);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warming up the reminder path failed ({Error}); the first reminders may be slower")]
    private static partial void LogFailed(ILogger logger, string error);
}
