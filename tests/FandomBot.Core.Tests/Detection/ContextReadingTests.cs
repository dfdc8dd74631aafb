using FandomBot.Core.Detection;
using FandomBot.Core.People;
using Xunit;

namespace FandomBot.Core.Tests.Detection;

/// <summary>
/// Context is read once per message and reused: as <see cref="ContextMessage"/>s the caller keeps, or as strings through
/// a per-thread cache. Reuse must never change a verdict, nor carry one guild's reading over to another directory.
/// </summary>
public sealed class ContextReadingTests
{
    [Fact]
    public void Prepared_context_gives_the_same_verdict_as_string_context_on_the_whole_corpus()
    {
        var detector = ShippedData.Detector;
        var compared = 0;
        foreach (var entry in ShippedData.Corpus)
        {
            var texts = entry.Context ?? [];
            ContextMessage[] prepared = [.. texts.Select(t => new ContextMessage(t))];
            foreach (var (authorId, mentioned) in new (ulong, ulong[]?)[] { (0, null), (7, [42]), (7, [7, 9, 11]) })
            {
                var fromStrings = SpeculationDetectorTests.Describe(detector.Evaluate(entry.Text, authorId, texts, mentioned));
                var fromPrepared = SpeculationDetectorTests.Describe(detector.EvaluateInContext(entry.Text, authorId, prepared, mentioned));

                // Twice: the second call uses what the first one read.
                var again = SpeculationDetectorTests.Describe(detector.EvaluateInContext(entry.Text, authorId, prepared, mentioned));
                Assert.Equal(fromStrings, fromPrepared);
                Assert.Equal(fromStrings, again);
                compared++;
            }
        }

        Assert.True(compared > 800, $"only {compared} verdicts compared");
    }

    [Fact]
    public void A_context_message_read_for_one_directory_is_read_again_for_another()
    {
        // The rules alone: this is about which directory a context reading serves, not about the model's call.
        var knowsRowan = new SpeculationDetector(TestPacks.Detector.Directory, model: null);
        var knowsNoOne = new SpeculationDetector(PeopleDirectory.Empty, model: null);
        var earlier = "rowan vale was on stage last night";
        var prepared = new ContextMessage(earlier);
        const string text = "he's gotta be gay";

        foreach (var round in new[] { 1, 2 })
        {
            Assert.Equal("Rowan Vale", knowsRowan.Evaluate(text, context: [earlier]).Person?.Name);
            Assert.Equal("Rowan Vale", knowsRowan.EvaluateInContext(text, 0, [prepared]).Person?.Name);
            Assert.False(knowsNoOne.Evaluate(text, context: [earlier]).Remind, $"round {round}");
            Assert.Null(knowsNoOne.EvaluateInContext(text, 0, [prepared]).Person);
        }
    }

    [Fact]
    public void A_mention_of_the_author_in_context_is_not_who_he_refers_to()
    {
        var detector = TestPacks.Detector;
        string[] context = ["joe locke at the premiere", "<@55> you were there too right"];

        var byTheMentionedAuthor = detector.Evaluate("he's gotta be gay", authorId: 55, context);
        var bySomeoneElse = detector.Evaluate("he's gotta be gay", authorId: 66, context);

        Assert.Equal("Joe Locke", byTheMentionedAuthor.Person?.Name);
        Assert.Equal("<@55>", bySomeoneElse.Person?.Name);
    }

    [Fact]
    public void Ten_messages_of_string_context_are_not_read_again_for_every_message()
    {
        var detector = TestPacks.Detector;
        string[] context =
        [
            "did anyone watch will gao's interview?", "yeah it was so cute", "the cast's chemistry in s2 is unreal",
            "ok but the rugby scene in s1 is iconic", "kit connor at the premiere looked amazing omg", "lol the bloopers are the best",
            "i need the vinyl of the soundtrack so bad", "joe locke's interview with the guardian was so sweet",
            "who's going to the convention in march? i got tickets!!", "my cat just sat on my keyboard while i was rewatching lol",
        ];
        for (var i = 0; i < 3000; i++)
        {
            detector.Evaluate("he's gotta be gay", 0, context);
        }

        // The least of five rounds: on a loaded machine the JIT's optimised code can arrive late, and the first tier
        // allocates a little more on its own; the question is what the detector allocates.
        const int Calls = 100;
        var perCall = long.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 0; i < Calls; i++)
            {
                detector.Evaluate("he's gotta be gay", 0, context);
            }

            perCall = Math.Min(perCall, (GC.GetAllocatedBytesForCurrentThread() - before) / Calls);
        }

        // Reading the ten messages each time cost about 45 KB per call; reused, only the verdict and its reasons are new.
        Assert.InRange(perCall, 1, 2_048);
    }

    [Fact]
    public void A_message_with_an_orientation_word_allocates_only_its_verdict()
    {
        var detector = TestPacks.Detector;
        for (var i = 0; i < 3000; i++)
        {
            detector.Evaluate("kit connor is lowkey gay ngl");
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        const int Calls = 100;
        for (var i = 0; i < Calls; i++)
        {
            detector.Evaluate("kit connor is lowkey gay ngl");
        }

        // 2.9 KB before the analysis buffers were reused per thread; the verdict, its reasons and their strings remain.
        var perCall = (GC.GetAllocatedBytesForCurrentThread() - before) / Calls;
        Assert.InRange(perCall, 1, 1_280);
    }
}
