namespace FandomBot.Localization;

/// <summary>
/// The one place that reads a locale code (Discord's "es-419", "pt-BR", "de", or a detector language like "es"):
/// the languages to try, most specific first, ending in English. "es-419" gives es-419 → es → en.
/// </summary>
internal static class LocaleFallback
{
    /// <summary>The language every text exists in and every chain ends with.</summary>
    public const string Default = "en";

    /// <summary>The codes to try for <paramref name="locale"/>, lower-case, without duplicates, ending in <see cref="Default"/>.</summary>
    public static IReadOnlyList<string> Chain(string? locale)
    {
        var chain = new List<string>(3);
        if (!string.IsNullOrWhiteSpace(locale))
        {
            // Discord writes "pt-BR"; some tools write "pt_BR". Both mean the same language.
            var exact = locale.Trim().Replace('_', '-').ToLowerInvariant();
            chain.Add(exact);
            var dash = exact.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                chain.Add(exact[..dash]);
            }
        }

        if (!chain.Contains(Default))
        {
            chain.Add(Default);
        }

        return chain;
    }
}
