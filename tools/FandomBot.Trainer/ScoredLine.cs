namespace FandomBot.Trainer;

/// <summary>One out-of-fold prediction: the probability, the label, whether the rules alone remind, and the line.</summary>
internal readonly record struct ScoredLine(double P, bool Remind, bool Rules, string Id);
