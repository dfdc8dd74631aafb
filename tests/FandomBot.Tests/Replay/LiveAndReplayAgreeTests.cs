using System.Text.Json.Nodes;
using FandomBot.Core.Reminders;
using FandomBot.Discord.Fake.Gateway;
using FandomBot.Detectors;
using FandomBot.Replay;
using FandomBot.Tests.Reminders;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using static FandomBot.Discord.Fake.Gateway.FakeGatewayPayloads;
using static FandomBot.Tests.Reminders.ReminderScenario;

namespace FandomBot.Tests.Replay;

/// <summary>
/// One decision path: the same conversation, threads included, fed to the live bot on the fake Discord and replayed
/// from an export of it, gets the same reminders. The conversation exercises every step both share: the channel
/// scope with threads under their parent, bots as context but never answered, the context ring, a reply's target,
/// and the member's cooldown.
/// </summary>
public sealed class LiveAndReplayAgreeTests : IDisposable
{
    private const ulong ThreadOfListed = 900UL << 22;
    private const ulong ThreadOfUnlisted = 901UL << 22;
    private const ulong BotAuthor = 77;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>One line of the conversation: where, who, what, and (for a reply) which earlier line it answers.</summary>
    private sealed record Line(ulong Channel, ulong Author, string Text, int? ReplyTo = null)
    {
        public bool IsBot => Author == BotAuthor;
    }

    private static readonly Line[] Conversation =
    [
        new(Channel, 1, Speculation),                                  // listed channel: a reminder
        new(ThreadOfListed, 2, Speculation),                           // thread of the listed channel: a reminder
        new(ThreadOfUnlisted, 3, Speculation),                         // thread of an unlisted channel: none
        new(OtherChannel, 4, Speculation),                             // unlisted channel: none
        new(ThreadOfListed, 2, "harry styles is so gay lol"),          // the same member again: cooling down
        new(ThreadOfListed, BotAuthor, "Quote of the day: Joe Locke on Heartstopper"), // a bot: never answered, but context
        new(ThreadOfListed, 5, "is he gay tho"),                       // "he" can only come from the bot's line
        new(Channel, 6, "anyone watching the match tonight"),
        new(Channel, 7, "lol he is so gay for you", ReplyTo: 7),       // a reply to member 6
        new(ThreadOfUnlisted, 8, "is he gay tho"),
    ];

    private static readonly ReminderSettings Listed = ReminderSettings.Default with
    {
        Scope = ReminderScope.Listed,
        ListedChannels = new HashSet<ulong> { Channel },
    };

    [Fact]
    public async Task The_live_bot_and_the_replay_of_its_export_remind_the_same_messages_threads_included()
    {
        await using var scenario = await StartAsync();
        var live = await LiveRemindersAsync(scenario);
        var replayed = ReplayedReminders(scenario.Bot.Get<BuiltInFandoms>().Packs);

        TestContext.Current.TestOutputHelper?.WriteLine($"live: {string.Join(", ", live)}; replay: {string.Join(", ", replayed)}");
        Assert.Contains(0, live);
        Assert.Contains(1, live);
        Assert.DoesNotContain(2, live);
        Assert.DoesNotContain(4, live);
        Assert.Equal(live, replayed);
    }

    private static async Task<SortedSet<int>> LiveRemindersAsync(ReminderScenario scenario)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        Succeeded(await scenario.Store.SetScopeAsync(Guild, FandomBot.Storage.ReminderScope.Listed, cancellationToken));
        Succeeded(await scenario.Store.AddListedChannelAsync(Guild, Channel, cancellationToken));
        var gateway = scenario.Bot.Discord.Gateway;
        await gateway.SendDispatchAsync(0, "THREAD_CREATE", FakeThreadPayloads.Thread(Guild, ThreadOfListed, Channel, newlyCreated: true));
        await gateway.SendDispatchAsync(0, "THREAD_CREATE", FakeThreadPayloads.Thread(Guild, ThreadOfUnlisted, OtherChannel, newlyCreated: true));

        var sent = new List<(ulong Id, JsonObject Data)>();
        foreach (var line in Conversation)
        {
            var id = NextMessageId();
            var data = Message(Guild, line.Channel, line.Text, line.Author, id, DateTimeOffset.UtcNow);
            data["member"] = new JsonObject { ["roles"] = new JsonArray(), ["joined_at"] = "2024-01-01T00:00:00+00:00" };
            if (line.IsBot)
            {
                data["author"]!["bot"] = true;
            }

            if (line.ReplyTo is { } target)
            {
                var (targetId, targetData) = sent[target];
                data["type"] = 19;
                data["message_reference"] = new JsonObject { ["type"] = 0, ["message_id"] = Id(targetId), ["channel_id"] = Id(Conversation[target].Channel), ["guild_id"] = Id(Guild) };
                data["referenced_message"] = targetData.DeepClone();
            }

            await gateway.SendDispatchAsync(0, "MESSAGE_CREATE", data);
            sent.Add((id, data));
        }

        // The sentinel is handled after every line, and its delivery after theirs.
        await scenario.SettleAsync();
        return [.. Enumerable.Range(0, sent.Count).Where(i => scenario.RepliesTo(sent[i].Id).Count > 0)];
    }

    private SortedSet<int> ReplayedReminders(IReadOnlyList<Core.People.FandomPack> packs)
    {
        // The export DiscordChatExporter would have written: one file per channel or thread, threads with their parent.
        var exports = new Dictionary<ulong, TestExport>
        {
            [Channel] = new(Guild, "Fans", Channel, "general"),
            [OtherChannel] = new(Guild, "Fans", OtherChannel, "off-topic"),
            [ThreadOfListed] = new(Guild, "Fans", ThreadOfListed, "listed-thread", "GuildPublicThread", Channel),
            [ThreadOfUnlisted] = new(Guild, "Fans", ThreadOfUnlisted, "unlisted-thread", "GuildPublicThread", OtherChannel),
        };
        var lineOf = new Dictionary<ulong, int>();
        var exported = new List<TestMessage>();
        for (var i = 0; i < Conversation.Length; i++)
        {
            var line = Conversation[i];
            var author = new TestAuthor(line.Author, "member" + line.Author, null, line.IsBot);
            var message = line.ReplyTo is { } target
                ? exports[line.Channel].Say(i / 60.0, author, line.Text, "Reply", replyTo: exported[target].Id)
                : exports[line.Channel].Say(i / 60.0, author, line.Text);
            exported.Add(message);
            lineOf[message.Id] = i;
        }

        var files = exports.Select(e => e.Value.WriteTo(_dir.Path, e.Key + ".json")).ToList();
        var detector = new ReplayDetector(ReplayDirectory.Build(packs, [], new HashSet<string>(), null));
        var runner = new ReplayRunner(new ReplayPipeline(Listed, detector), new FakeTimeProvider());
        var reminders = new ReminderCollector();
        var summary = runner.Run(files, new Progress<ReplayProgressReport>(), reminders, TestContext.Current.CancellationToken);

        Assert.Empty(summary.Failed);
        return [.. reminders.Reminders.Select(r => lineOf[r.Message.Id])];
    }
}
