namespace FandomBot.Trainer;

/// <summary>Where the trainer reads from.</summary>
/// <param name="TrainingFolders">Folders of <c>*.jsonl</c> training lines.</param>
/// <param name="AmbiguousFile">Lines the two labellers disagreed on, left out of training.</param>
/// <param name="PacksFolder">The fandom packs (who is real, who is a character).</param>
/// <param name="ShowErrors">Print the lines the out-of-fold predictions got wrong (training lines only).</param>
internal sealed record TrainingInputs(IReadOnlyList<string> TrainingFolders, string AmbiguousFile, string PacksFolder, bool ShowErrors = false)
{
    /// <summary>The repository's own layout, from its root folder.</summary>
    public static TrainingInputs ForRepository(string root) => new(
        [Path.Combine(root, "corpus", "train"), Path.Combine(root, "tests", "FandomBot.Core.Tests", "Detection", "Corpus")],
        Path.Combine(root, "corpus", "ambiguous.jsonl"),
        Path.Combine(root, "config", "fandoms"));
}
