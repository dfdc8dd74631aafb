namespace FandomBot.Core.Quotes;

/// <summary>An article that reported a quote.</summary>
/// <param name="Outlet">The publication (<c>HuffPost UK</c>, <c>PinkNews</c>).</param>
/// <param name="Headline">The article's headline as published; null when it was not recorded.</param>
/// <param name="Url">The article's absolute https address.</param>
public sealed record QuoteReport(string Outlet, string? Headline, Uri Url);
