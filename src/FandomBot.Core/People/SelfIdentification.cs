namespace FandomBot.Core.People;

/// <summary>
/// What a real person said about their own orientation or identity, in their words, with when and where they said it.
/// Only ever recorded from the person's own statement, and never without a source.
/// </summary>
/// <param name="Terms">The words they used: "bi", "gay", "aroace", "nonbinary"…</param>
/// <param name="SaidOn">When: <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</param>
/// <param name="SourceUrl">Where they said it (an absolute https URL).</param>
/// <param name="Note">A short quote or description of the statement.</param>
public sealed record SelfIdentification(IReadOnlyList<string> Terms, string SaidOn, Uri SourceUrl, string? Note);
