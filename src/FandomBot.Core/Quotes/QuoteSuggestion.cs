namespace FandomBot.Core.Quotes;

/// <summary>One autocomplete suggestion.</summary>
/// <param name="Kind">A speaker, a topic or a single quote.</param>
/// <param name="Label">What to show (at most 100 characters, Discord's limit for a choice name).</param>
/// <param name="Value">What to send back: the speaker's name, the topic, or the quote's id.</param>
public sealed record QuoteSuggestion(QuoteSuggestionKind Kind, string Label, string Value);
