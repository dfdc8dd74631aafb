using FandomBot.Core.Detection;
using FandomBot.Core.Detection.Model;
using Xunit;

namespace FandomBot.Core.Tests.Detection;

/// <summary>
/// A reply with no cue word of its own ("married.", "called it") reaches the model when the message right before it
/// used an orientation, identity or closet word, and only then. A model that says yes to everything it sees shows
/// which messages reach it.
/// </summary>
public sealed class ReplyGateTests
{
    private const string Reply = "ha yes, months ago already";

    private static readonly SpeculationDetector SaysYes = new(TestPacks.Detector.Directory, AlwaysYes());

    [Fact]
    public void A_reply_to_a_message_that_speculated_reaches_the_model_and_says_why()
    {
        string[] context = ["did you see rowan vale at the gala", "rowan vale is so gay lmao"];

        var fromStrings = SaysYes.Evaluate(Reply, context: context);
        var fromPrepared = SaysYes.EvaluateInContext(Reply, 0, [.. context.Select(t => new ContextMessage(t))]);

        Assert.True(fromStrings.Remind);
        Assert.True(fromPrepared.Remind);
        Assert.Contains(fromStrings.Reasons, r => r.Explanation.Contains("answers the message before it", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("rowan vale at the gala last night, what a suit")]
    [InlineData("rowan vale is so gay lmao|anyway who's watching the final tonight")]
    public void A_reply_after_anything_else_stays_out_of_the_models_sight(string messagesBefore)
    {
        var verdict = SaysYes.Evaluate(Reply, context: messagesBefore.Split('|', StringSplitOptions.RemoveEmptyEntries));

        Assert.False(verdict.Remind);
        Assert.Empty(verdict.Reasons);
    }

    [Fact]
    public void Without_a_model_the_rules_never_read_a_reply_with_no_cue_word()
    {
        var rules = new SpeculationDetector(TestPacks.Detector.Directory, model: null);

        Assert.False(rules.Evaluate(Reply, context: ["rowan vale is so gay lmao"]).Remind);
    }

    private static DetectorModel AlwaysYes() =>
        DetectorModel.FromWeights(10, new float[1 << 10], bias: 8f, threshold: 0.5f, rulesThreshold: 0.5f, "says yes to everything it sees");
}
