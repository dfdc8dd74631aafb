namespace FandomBot.Core.Quotes;

/// <summary>
/// One sourced quote from the collection: who said it, when and where, and which article reported it. Everything the
/// bot shows beside a quote comes from here, so a reader can always follow the links back to the source.
/// </summary>
public sealed record Quote
{
    /// <summary>Stable slug (<c>alice-oseman-tweet-speculating-stereotypes</c>), unique in the collection.</summary>
    public required string Id { get; init; }

    /// <summary>Who said it, as people know them (<c>Kit Connor</c>); for fiction, the character.</summary>
    public required string Speaker { get; init; }

    /// <summary>The words exactly as the reporting outlet prints them (a censored word stays censored).</summary>
    public required string Text { get; init; }

    /// <summary>When it was said (day or month precision).</summary>
    public required QuoteDate SaidOn { get; init; }

    /// <summary>Why the date is approximate, when it is (e.g. only the publication date is known).</summary>
    public string? SaidOnNote { get; init; }

    /// <summary>The platform or outlet where it was said: <c>Twitter</c>, <c>British Vogue</c>, a podcast.</summary>
    public required string SaidWhere { get; init; }

    /// <summary>The tweet or interview itself, when its address is known.</summary>
    public Uri? OriginalUrl { get; init; }

    /// <summary>The article whose wording <see cref="Text"/> follows.</summary>
    public required QuoteReport ReportedBy { get; init; }

    /// <summary>Other articles that carry the same words (possibly with small differences).</summary>
    public IReadOnlyList<QuoteReport> AlsoReportedBy { get; init; } = [];

    /// <summary>Topics from <see cref="QuoteTopics.All"/>, at least one.</summary>
    public required IReadOnlyList<string> Topics { get; init; }

    /// <summary>
    /// True only when the wording was seen in the original (the tweet, the interview); false when it is known only
    /// from reports, which is shown as "(wording seen only in reports)".
    /// </summary>
    public required bool Verified { get; init; }

    /// <summary>True for a line a fictional character speaks; always labelled as fiction when shown.</summary>
    public required bool Fiction { get; init; }

    /// <summary>How the outlet censored a word and what the original says, when it did.</summary>
    public string? Censored { get; init; }

    /// <summary>Anything else a careful reader should know about the wording (an excerpt, a normalised rendering).</summary>
    public string? Note { get; init; }

    /// <summary>Whether the quote is about <paramref name="topic"/> (a name from <see cref="QuoteTopics.All"/>).</summary>
    public bool HasTopic(string topic) => Topics.Contains(topic, StringComparer.Ordinal);
}
