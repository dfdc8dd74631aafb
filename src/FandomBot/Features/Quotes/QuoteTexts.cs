using FandomBot.Localization;

namespace FandomBot.Features.Quotes;

/// <summary>The words around quotes in Discord (/quote, /sources, /reminder), in the interaction's language.</summary>
internal static class QuoteTexts
{
    public static readonly TextKey Said = new("quote.said");
    public static readonly TextKey Where = new("quote.where");
    public static readonly TextKey ReportedBy = new("quote.reported-by");
    public static readonly TextKey Fiction = new("quote.fiction");
    public static readonly TextKey FictionNote = new("quote.fiction-note");
    public static readonly TextKey ReportedOnly = new("quote.reported-only");
    public static readonly TextKey NoMatch = new("quote.no-match");
    public static readonly TextKey EmptyCollection = new("quote.empty-collection");
    public static readonly TextKey SourcesTitle = new("quote.sources-title");
    public static readonly TextKey Page = new("quote.page");
    public static readonly TextKey Previous = new("quote.previous");
    public static readonly TextKey Next = new("quote.next");
    public static readonly TextKey LinkUnknown = new("quote.link-unknown");
}
