using FandomBot.Core.Detection;

namespace FandomBot.Trainer;

/// <summary>
/// A corpus line as the model sees it: its hashed features, its label, whether the rules alone would remind, and
/// whether a hard veto keeps it quiet whatever the model says (counted as quiet when thresholds are chosen).
/// </summary>
internal sealed record TrainingExample(string Id, int[] Features, bool Remind, bool RulesRemind = false, Veto Veto = Veto.None)
{
    public bool Vetoed => Veto != Veto.None;
}
