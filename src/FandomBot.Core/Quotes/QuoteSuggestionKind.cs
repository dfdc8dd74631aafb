namespace FandomBot.Core.Quotes;

/// <summary>What an autocomplete suggestion points at.</summary>
public enum QuoteSuggestionKind
{
    Speaker,
    Topic,
    Quote,
}
