using FandomBot.Core.People;
using FandomBot.Core.Reminders;
using FandomBot.Replay;
using FandomBot.Replay.Export;
using Xunit;

namespace FandomBot.Tests.Replay;

public sealed class ReplayPipelineTests
{
    private static ReplayPipeline Pipeline()
    {
        var pack = new FandomPack("test", "Test", "band", null, [new RealPerson("Harry Styles", "Harry")], []);
        return new ReplayPipeline(ReminderSettings.Default, new ReplayDetector(PeopleDirectory.FromPacks([pack])));
    }

    /// <summary>A conversation where context, replies, mentions, bots and cooldowns all change the outcome.</summary>
    internal static TestExport Conversation(int rounds)
    {
        var export = TestExport.General();
        var minutes = 0.0;
        for (var i = 0; i < rounds; i++)
        {
            var named = export.Say(minutes += 0.5, TestAuthor.Ben, "did you see Harry Styles at the show");
            export.Say(minutes += 0.5, TestAuthor.Amy, "he is so gay, everyone knows it", type: "Reply", replyTo: named.Id);
            export.Say(minutes += 0.2, TestAuthor.Amy, "i bet Harry Styles is secretly gay");
            export.Say(minutes += 0.2, TestAuthor.Cleo, "@Ben is gay and so is Harry", mentions: [TestAuthor.Ben]);
            export.Say(minutes += 0.2, TestAuthor.HelperBot, "Harry Styles is gay?");
            export.Say(minutes += 0.2, TestAuthor.Dan, "anyway, who wants pizza");
            export.Say(minutes += 0.1, TestAuthor.Dan, "Dan joined", type: "GuildMemberJoin");
            export.Say(minutes += i % 7 == 0 ? 12 : 0.1, TestAuthor.Dan, string.Empty);
        }

        return export;
    }

    private static List<ExportMessage> Read(TestExport export, out ExportChannel channel)
    {
        var reader = new ExportReader(new MemoryStream(export.ToBytes()), "export.json", new ExportAuthorCache());
        var messages = new List<ExportMessage>();
        while (reader.TryReadNext(out var message))
        {
            messages.Add(message);
        }

        channel = reader.Channel!;
        return messages;
    }

    [Fact]
    public void A_verdict_run_ahead_on_the_reading_side_gives_the_same_decisions_as_one_run_when_judging()
    {
        var messages = Read(Conversation(40), out var channel);
        var ahead = Pipeline();
        var inline = Pipeline();
        var slot = new PreparedMessage();
        var reminders = 0;

        foreach (var message in messages)
        {
            slot.Clear();
            ahead.Prepare(channel, message, slot);
            if (slot.NeedsVerdict)
            {
                ahead.Evaluate(slot);
            }

            var early = ahead.Decide(slot);
            var late = inline.Judge(channel, message);

            Assert.Equal(late.Label, early.Label);
            Assert.Equal(late.Verdict?.Score, early.Verdict?.Score);
            Assert.Equal(late.Verdict?.Person, early.Verdict?.Person);
            reminders += early.WouldRemind ? 1 : 0;
        }

        // Cooldowns let some of the many speculations through and hold the rest back.
        Assert.InRange(reminders, 2, messages.Count / 4);
    }
}
