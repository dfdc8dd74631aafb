namespace FandomBot.Trainer;

/// <summary>
/// A line as the experimental second-stage models see it: the columns present (binary features, sorted), a few
/// continuous values (e.g. the linear model's out-of-fold logit) and the label.
/// </summary>
internal sealed record StackRow(string Id, int[] Present, float[] Values, bool Remind, bool Rules, bool Vetoed);
