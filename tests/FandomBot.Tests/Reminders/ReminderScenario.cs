using System.Globalization;
using System.Text.Json.Nodes;
using FandomBot.Discord.Fake.Gateway;
using FandomBot.Discord.Fake.Rest;
using FandomBot.Gateway;
using FandomBot.Storage;
using FandomBot.Tests.Harness;
using Xunit;

namespace FandomBot.Tests.Reminders;

/// <summary>A bot with one guild, and the few moves the reminder tests make: messages in, replies and state out.</summary>
internal sealed class ReminderScenario(BotTestHost bot) : IAsyncDisposable
{
    public const ulong Guild = 111UL << 22;
    public const ulong OtherGuild = 112UL << 22;
    public const ulong Channel = 500UL << 22;
    public const ulong OtherChannel = 501UL << 22;
    public const ulong ModLogChannel = 502UL << 22;
    public const ulong Author = 42;
    public const string Speculation = "joe locke is lowkey gay ngl";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);
    private static long _nextMessageId = 900_000L << 22;

    public BotTestHost Bot { get; } = bot;

    public ISettingsStore Store => Bot.Get<ISettingsStore>();

    public static async Task<ReminderScenario> StartAsync(IEnumerable<string>? overrides = null, string? folder = null) =>
        new(await BotTestHost.StartAsync(guilds: [Guild, OtherGuild], overrides: overrides, folder: folder));

    public static ulong NextMessageId() => (ulong)Interlocked.Add(ref _nextMessageId, 1 << 22);

    /// <summary>Sends a MESSAGE_CREATE like Discord's, with the member's roles; returns the message id.</summary>
    public async Task<ulong> SendAsync(
        string content, ulong author = Author, ulong channel = Channel, IEnumerable<ulong>? roles = null, bool bot = false, bool webhook = false, ulong guild = Guild)
    {
        var id = NextMessageId();
        var data = FakeGatewayPayloads.Message(guild, channel, content, author, id, DateTimeOffset.UtcNow);
        if (bot)
        {
            data["author"]!["bot"] = true;
        }

        data["member"] = new JsonObject
        {
            ["roles"] = new JsonArray([.. (roles ?? []).Select(r => (JsonNode)Id(r))]),
            ["joined_at"] = "2024-01-01T00:00:00+00:00",
        };
        if (webhook)
        {
            data["webhook_id"] = Id(777);
        }

        await Bot.Discord.Gateway.SendDispatchAsync(0, "MESSAGE_CREATE", data);
        return id;
    }

    /// <summary>The reply to a message, once it arrives.</summary>
    public async Task<RecordedRequest> ReplyToAsync(ulong messageId) =>
        await Bot.Discord.Rest.WaitForRequestAsync(r => IsReplyTo(r, messageId), Patience, TestContext.Current.CancellationToken);

    /// <summary>The first message posted in a channel that matches, once it arrives.</summary>
    public async Task<RecordedRequest> PostedInAsync(ulong channelId, Func<RecordedRequest, bool>? match = null) =>
        await Bot.Discord.Rest.WaitForRequestAsync(
            r => r.Route == FakeRoutes.CreateMessage && r.Path.EndsWith($"/channels/{channelId}/messages", StringComparison.Ordinal) && (match?.Invoke(r) ?? true),
            Patience,
            TestContext.Current.CancellationToken);

    /// <summary>
    /// Proves that everything sent before has been looked at: a speculating message from someone else in
    /// <paramref name="channel"/> gets its reply (events are handled in order), then the work in flight is drained.
    /// </summary>
    public async Task SettleAsync(ulong channel = Channel, ulong guild = Guild)
    {
        var sentinel = await SendAsync(Speculation, author: 9_999, channel: channel, guild: guild);
        await ReplyToAsync(sentinel);
        await Bot.Get<InFlightWork>().DrainAsync(Patience);
    }

    /// <summary>Every reminder reply the bot sent, except those to <see cref="SettleAsync"/>'s sentinels.</summary>
    public IReadOnlyList<RecordedRequest> RepliesTo(ulong messageId) => [.. Bot.Discord.Rest.Requests.Where(r => IsReplyTo(r, messageId))];

    /// <summary>Waits (polling, as a guard against hangs only) until the condition holds.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Patience);
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    public static bool IsReplyTo(RecordedRequest request, ulong messageId) =>
        request.Route == FakeRoutes.CreateMessage
        && request.Body?["message_reference"]?["message_id"]?.GetValue<string>() == messageId.ToString(CultureInfo.InvariantCulture);

    public static string CustomIdOf(RecordedRequest reminder, int button) =>
        reminder.Body!["components"]![0]!["components"]![button]!["custom_id"]!.GetValue<string>();

    public static void AssertPingsNoOne(RecordedRequest request) => AssertPingsNoOne(request.Body);

    public static void AssertPingsNoOne(JsonNode? message)
    {
        var parse = Assert.IsType<JsonArray>(message?["allowed_mentions"]?["parse"]);
        Assert.Empty(parse);
        Assert.Null(message?["allowed_mentions"]?["users"]?.AsArray().FirstOrDefault());
        Assert.Null(message?["allowed_mentions"]?["roles"]?.AsArray().FirstOrDefault());
    }

    public static void Succeeded<T>(StoreResult<T> result) => Assert.True(result.IsSuccess, result.ToString());

    public ValueTask DisposeAsync() => Bot.DisposeAsync();

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}
