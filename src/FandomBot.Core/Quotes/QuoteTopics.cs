namespace FandomBot.Core.Quotes;

/// <summary>
/// The closed list of topics a quote can carry. A tag outside this list is a typo in the data file, so the loader
/// refuses it rather than letting a quote silently drop out of <c>/quote topic:…</c>.
/// </summary>
public static class QuoteTopics
{
    public const string Speculation = "speculation";
    public const string ComingOut = "coming-out";
    public const string Labels = "labels";
    public const string Stereotypes = "stereotypes";
    public const string Privacy = "privacy";
    public const string Support = "support";
    public const string Harassment = "harassment";

    /// <summary>Every known topic, in the order they are offered to people.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Speculation, ComingOut, Labels, Stereotypes, Privacy, Support, Harassment];

    /// <summary>Whether <paramref name="topic"/> is one of <see cref="All"/> (exact, as written in the file).</summary>
    public static bool IsKnown(string topic) => All.Contains(topic, StringComparer.Ordinal);
}
