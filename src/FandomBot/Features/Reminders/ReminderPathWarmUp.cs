using System.Diagnostics;
using System.Text.Json;
using FandomBot.Core.Quotes;
using FandomBot.Core.Reminders;
using FandomBot.Detectors;
using FandomBot.Discord.Models;
using FandomBot.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FandomBot.Features.Reminders;

/// <summary>
/// Runs the reminder path once on made-up messages before the gateway connects, so the first member who speculates
/// after a start is answered as fast as the next one. Under the JIT (what <c>dotnet run</c> runs) every method is
/// compiled on first use, and the first reminders after a start took 110-150 ms against 0.7 ms afterwards: the
/// detector's lexicons and model, the policy, the reply's texts and embed, the JSON of Discord's message in and of the
/// reply out, the settings read. Nothing here talks to Discord or writes to the store, and nothing it makes up is kept.
/// Runs in <see cref="IHostedLifecycleService.StartingAsync"/>, which the host calls for every service before any
/// starts, so it is done before the event loop opens the gateway (and before READY).
/// </summary>
internal sealed partial class ReminderPathWarmUp(GuildDetectors detectors, QuoteLibrary quotes, ISettingsStore store, ILogger<ReminderPathWarmUp> logger)
    : IHostedLifecycleService
{
    // Made up: no real server, channel or member has these ids.
    private const ulong GuildId = 1;
    private const ulong ChannelId = 2;
    private const ulong AuthorId = 3;
    private const ulong MessageId = 4;

    // One message per language the bot reads, one worth a reminder, one with context and a hint word (the model's path).
    private static readonly string[] Messages =
    [
        "kit connor is lowkey gay",
        "did anyone else cry at the end of episode four",
        "creo que joe locke es gay, se nota",
        "acho que ele é gay sim",
        "je pense qu'il est gay, ça se voit",
        "ich glaube er ist schwul",
        "they are totally dating 👀",
    ];

    // A MESSAGE_CREATE's data as Discord sends it, read with the same JSON code the gateway uses.
    private const string SampleMessage = """
        {"id":"4","channel_id":"2","guild_id":"1","type":0,"content":"kit connor is lowkey gay","timestamp":"2026-01-01T00:00:00+00:00",
         "author":{"id":"3","username":"warm","discriminator":"0","global_name":null,"avatar":null},
         "member":{"roles":["5"],"joined_at":"2026-01-01T00:00:00+00:00"},"mentions":[],"mention_roles":[],"attachments":[],"embeds":[],
         "pinned":false,"mention_everyone":false,"tts":false}
        """;

    /// <summary>How long the last warm-up took (for tests and the log).</summary>
    public TimeSpan LastDuration { get; private set; }

    /// <summary>Replies the last warm-up built: none means the reply path stayed cold (for tests).</summary>
    public int RepliesBuilt { get; private set; }

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            WarmUp();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException and not OperationCanceledException)
        {
            // A warm-up that fails costs only speed: the real path reports its own errors.
            LogFailed(logger, exception.GetType().Name);
        }

        try
        {
            // The settings read a message starts with; the made-up server's defaults leave the cache again at once.
            _ = await store.GetAsync(GuildId, cancellationToken).ConfigureAwait(false);
            store.Release(GuildId);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException and not OperationCanceledException)
        {
            LogFailed(logger, exception.GetType().Name);
        }

        LastDuration = Stopwatch.GetElapsedTime(started);
        LogWarmedUp(logger, LastDuration.TotalMilliseconds);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void WarmUp()
    {
        var message = JsonSerializer.Deserialize(SampleMessage, DiscordJsonContext.Default.Message);
        var stored = GuildSettings.Defaults(GuildId);
        var settings = stored.ToReminderSettings();
        var facts = new MessageFacts(GuildId, ChannelId, null, AuthorId, false, message?.Member?.Roles.Select(role => role.Value).ToArray() ?? []);
        _ = ReminderDecisionPath.Screen(settings, facts);
        _ = ReminderPolicy.Check(settings, facts, new ReminderCooldowns(TimeProvider.System));

        RepliesBuilt = 0;
        var detector = detectors.For(stored);
        List<string> context = [];
        foreach (var text in Messages)
        {
            var verdict = detector.Evaluate(text, AuthorId, context, []);
            context.Add(text);
            if (!verdict.Remind)
            {
                continue;
            }

            var reply = ReminderMessage.Build(
                ReminderTexts.For(verdict.Language), MessageId, ReminderMessage.PickQuote(quotes, MessageId), CueExplanations.Mask(verdict.Reasons), GuildId, AuthorId);
            _ = JsonSerializer.SerializeToUtf8Bytes(reply.AsReplyTo(new Snowflake(MessageId)), DiscordJsonContext.Default.OutgoingMessage);
            _ = ModLog.ReminderLine(ChannelId, AuthorId, verdict, "reply", _ => false);
            RepliesBuilt++;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reminder path warmed up in {Milliseconds:0} ms")]
    private static partial void LogWarmedUp(ILogger logger, double milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warming up the reminder path failed ({Error}); the first reminders may be slower")]
    private static partial void LogFailed(ILogger logger, string error);
}
