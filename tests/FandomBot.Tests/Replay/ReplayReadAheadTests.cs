using FandomBot.Core.People;
using FandomBot.Core.Reminders;
using FandomBot.Replay;
using FandomBot.Replay.Export;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace FandomBot.Tests.Replay;

/// <summary>The replay reads on a thread of its own and judges on the caller's: the outcome must be that of one thread.</summary>
public sealed class ReplayReadAheadTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static ReplayPipeline Pipeline()
    {
        var pack = new FandomPack("test", "Test", "band", null, [new RealPerson("Harry Styles", "Harry")], []);
        return new ReplayPipeline(ReminderSettings.Default, new ReplayDetector(PeopleDirectory.FromPacks([pack])));
    }

    private static List<ExportMessage> ReadAll(string file, out ExportChannel? channel, out ExportReadException? error)
    {
        var reader = new ExportReader(File.OpenRead(file), file, new ExportAuthorCache());
        var messages = new List<ExportMessage>();
        error = null;
        try
        {
            while (reader.TryReadNext(out var message))
            {
                messages.Add(message);
            }
        }
        catch (ExportReadException ex)
        {
            error = ex;
        }

        channel = reader.Channel;
        reader.Dispose();
        return messages;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Several_exports_over_many_batches_get_the_decisions_of_a_single_threaded_replay_in_time_order(bool readOnOwnThread)
    {
        // Two channels of one server, interleaved in time, each many batches long, so the reader runs ahead and the
        // queue fills (then the reader runs the detector too); a member's cooldown carries across the channels.
        var general = PipelineConversation(TestExport.General(), 0);
        var random = PipelineConversation(new TestExport(100, "Fan Server", 201, "random"), 0.05);
        string[] files = [general.WriteTo(_dir.Path, "general.json"), random.WriteTo(_dir.Path, "random.json")];
        Assert.True(general.Messages.Count > 4 * ReplayReadAhead.BatchSize, "the export spans more batches than the queue holds");

        // The expected outcome: every message judged on this thread, merged by time (ties to the first file).
        var expected = Pipeline();
        var merged = files
            .SelectMany((file, index) => ReadAll(file, out var channel, out _).Select((m, position) => (Channel: channel!, Message: m, Index: index, Position: position)))
            .OrderBy(m => m.Message.Timestamp).ThenBy(m => m.Index).ThenBy(m => m.Position)
            .ToList();
        var expectedOutcomes = new Dictionary<(int, string), long>();
        var expectedReminders = new List<(ulong Id, double Score, string Person)>();
        foreach (var (channel, message, index, _) in merged)
        {
            var decision = expected.Judge(channel, message);
            expectedOutcomes[(index, decision.Label)] = expectedOutcomes.GetValueOrDefault((index, decision.Label)) + 1;
            if (decision.WouldRemind)
            {
                expectedReminders.Add((message.Id, decision.Verdict!.Score, expected.PersonLabel(decision.Verdict)));
            }
        }

        var reminders = new ReminderCollector();
        var summary = new ReplayRunner(Pipeline(), new FakeTimeProvider(), readOnOwnThread).Run(files, new Progress<ReplayProgressReport>(), reminders, TestContext.Current.CancellationToken);

        var outcomes = summary.Channels.SelectMany((c, index) => c.ByOutcome.Select(p => (Key: (index, p.Key), p.Value))).ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal(expectedOutcomes.OrderBy(p => p.Key), outcomes.OrderBy(p => p.Key));
        Assert.Equal(expectedReminders, reminders.Reminders.Select(r => (r.Message.Id, r.Verdict.Score, r.PersonLabel)));
        Assert.Equal(expectedReminders.Count, summary.ReminderCount);
        Assert.True(expectedReminders.Count > 10, "the conversation gives reminders to compare");
        Assert.Equal(merged.Count, summary.MessagesRead);
    }

    [Fact]
    public void Verdicts_the_reader_runs_while_the_queue_is_full_are_the_ones_the_judge_would_have_run()
    {
        var file = PipelineConversation(TestExport.General(), 0).WriteTo(_dir.Path, "general.json");
        var messages = ReadAll(file, out var channel, out _);
        var pipeline = Pipeline();
        var source = new ExportSource(0, new ExportReader(File.OpenRead(file), file, new ExportAuthorCache()), new ChannelReplay(file));
        var order = new PriorityQueue<ExportSource, (DateTimeOffset, int)>();
        Assert.True(source.Advance());
        order.Enqueue(source, (source.Next!.Timestamp, 0));
        var readAhead = new ReplayReadAhead(pipeline, order);
        var expected = Pipeline();
        var judged = 0;
        var precomputed = 0;
        // Nobody takes a batch until the queue is full and the reader has run verdicts on the batch it holds.
        readAhead.Start();
        try
        {
            Assert.True(SpinWait.SpinUntil(() => readAhead.VerdictsAhead >= ReplayReadAhead.BatchSize / 4, TimeSpan.FromSeconds(60)), "the reader ran verdicts ahead");

            while (readAhead.Queue.TryTake(out var batch))
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    var slot = batch[i];
                    precomputed += slot.Verdict is null ? 0 : 1;
                    var decision = pipeline.Decide(slot);
                    var alone = expected.Judge(channel!, messages[judged]);
                    Assert.Equal(messages[judged].Id, slot.Message!.Id);
                    Assert.Equal(alone.Label, decision.Label);
                    Assert.Equal(alone.Verdict?.Score, decision.Verdict?.Score);
                    judged++;
                }

                readAhead.Queue.Return(batch);
            }

            readAhead.Wait();
        }
        finally
        {
            readAhead.StopAndWait();
            source.Dispose();
        }

        Assert.Equal(messages.Count, judged);
        Assert.True(precomputed > 0, "some verdicts came from the reader");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_truncated_export_stops_at_the_same_byte_offset_and_message_as_the_reader_alone(bool readOnOwnThread)
    {
        var export = PipelineConversation(TestExport.General(), 0);
        var bytes = export.ToBytes();
        var file = _dir.File("broken.json");
        File.WriteAllBytes(file, bytes[..(bytes.Length * 2 / 3)]);
        var alone = ReadAll(file, out _, out var expectedError);
        Assert.NotNull(expectedError);

        var summary = new ReplayRunner(Pipeline(), new FakeTimeProvider(), readOnOwnThread).Run([file], new Progress<ReplayProgressReport>(), TestContext.Current.CancellationToken);

        var failed = Assert.Single(summary.Failed);
        Assert.Equal(expectedError.ByteOffset, failed.Error!.ByteOffset);
        Assert.Equal(expectedError.Message, failed.Error.Message);
        Assert.Equal(alone.Count, failed.MessagesRead);
    }

    [Fact]
    public void Progress_reports_the_end_of_each_export_with_its_final_position_and_count()
    {
        var export = PipelineConversation(TestExport.General(), 0);
        var file = export.WriteTo(_dir.Path, "general.json");
        var reports = new List<ReplayProgressReport>();

        var summary = new ReplayRunner(Pipeline(), new FakeTimeProvider()).Run([file], new SynchronousProgress(reports), TestContext.Current.CancellationToken);

        var last = Assert.Single(reports, r => r.FileFinished);
        Assert.Equal(new FileInfo(file).Length, last.BytesRead);
        Assert.Equal(summary.MessagesRead, last.FileMessages);
        Assert.Equal(summary.MessagesRead, last.TotalMessages);
    }

    private static TestExport PipelineConversation(TestExport export, double offsetMinutes)
    {
        var source = ReplayPipelineTests.Conversation(700);
        var ids = new Dictionary<ulong, ulong>();
        foreach (var message in source.Messages)
        {
            var replyTo = message.ReplyTo is { } target ? ids[target] : (ulong?)null;
            ids[message.Id] = export.Say((message.Timestamp - TestExport.Start).TotalMinutes + offsetMinutes, message.Author, message.Content, message.Type, mentions: message.Mentions, replyTo: replyTo).Id;
        }

        return export;
    }

    private sealed class SynchronousProgress(List<ReplayProgressReport> reports) : IProgress<ReplayProgressReport>
    {
        public void Report(ReplayProgressReport value) => reports.Add(value);
    }
}
