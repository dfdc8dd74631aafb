namespace FandomBot.Trainer;

/// <summary>One labelled corpus line, as the trainer needs it.</summary>
/// <param name="Id">The line's id (unique across the corpus).</param>
/// <param name="Text">The message judged.</param>
/// <param name="Context">The channel's earlier messages, oldest first.</param>
/// <param name="Remind">The label: true for remind.</param>
/// <param name="Lang">en, es, pt, fr or de.</param>
/// <param name="Category">The guide's row the line illustrates.</param>
/// <param name="About">real, fiction, self, nobody or bot (empty in the legacy corpus).</param>
/// <param name="People">The real people the line is about.</param>
internal sealed record LabelledLine(string Id, string Text, IReadOnlyList<string> Context, bool Remind, string Lang, string Category, string About, IReadOnlyList<string> People);
