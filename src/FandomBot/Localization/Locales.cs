using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;

namespace FandomBot.Localization;

/// <summary>
/// Every language the bot speaks: the files of <c>config/locales</c>, embedded in the program. A text is looked up
/// along <see cref="LocaleFallback.Chain"/>, so a language needs only the keys it translates differently.
/// </summary>
internal sealed class Locales
{
    private const string ResourcePrefix = "locales/";
    private const string ResourceSuffix = ".json";

    private readonly FrozenDictionary<string, LocaleFile> _files;

    public Locales(IEnumerable<LocaleFile> files)
    {
        _files = files.ToFrozenDictionary(file => file.Language, StringComparer.Ordinal);
        if (!_files.ContainsKey(LocaleFallback.Default))
        {
            throw new InvalidDataException($"config/locales/{LocaleFallback.Default}.json is missing; every text falls back to it.");
        }
    }

    /// <summary>The languages embedded in this program (read once, on first use).</summary>
    public static Locales Embedded { get; } = LoadEmbedded();

    /// <summary>Every language file, by lower-case language code.</summary>
    public IReadOnlyDictionary<string, LocaleFile> Files => _files;

    /// <summary>The first language of <paramref name="locale"/>'s fallback chain that we have ("pt-BR" → "pt").</summary>
    public string LanguageOf(string? locale) =>
        LocaleFallback.Chain(locale).First(_files.ContainsKey);

    /// <summary>The text of <paramref name="key"/> for <paramref name="locale"/> (its first phrasing if it has several).</summary>
    public string Text(string key, string? locale) => Texts(key, locale)[0];

    /// <summary>Every phrasing of <paramref name="key"/> for <paramref name="locale"/>.</summary>
    /// <exception cref="KeyNotFoundException">Not even English has the key: a mistake a test catches.</exception>
    public IReadOnlyList<string> Texts(string key, string? locale)
    {
        foreach (var language in LocaleFallback.Chain(locale))
        {
            if (_files.TryGetValue(language, out var file) && file.TryGet(key, out var texts))
            {
                return texts;
            }
        }

        throw new KeyNotFoundException($"No text '{key}' in config/locales/{LocaleFallback.Default}.json.");
    }

    /// <summary>
    /// The text of <paramref name="key"/> for every Discord locale whose chain reaches a language other than English
    /// (English is the default Discord shows, so it is never listed).
    /// </summary>
    public IReadOnlyDictionary<string, string> DiscordLocalizations(string key)
    {
        var localizations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var locale in DiscordLocales.All)
        {
            if (LanguageOf(locale) != LocaleFallback.Default)
            {
                localizations[locale] = Text(key, locale);
            }
        }

        return localizations;
    }

    private static Locales LoadEmbedded()
    {
        var assembly = typeof(Locales).Assembly;
        var files = new List<LocaleFile>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            {
                files.Add(LocaleFile.Parse(name[ResourcePrefix.Length..^ResourceSuffix.Length], Read(assembly, name)));
            }
        }

        return new Locales(files);
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Fills a text's <c>{0}</c>, <c>{1}</c>… the same way in every language.</summary>
    public static string Fill(string text, object[] values) => string.Format(CultureInfo.InvariantCulture, text, values);
}
