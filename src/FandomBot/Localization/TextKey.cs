namespace FandomBot.Localization;

/// <summary>
/// A text users see, named by its stable key in <c>config/locales/*.json</c> (e.g. <c>reminders.turned-on</c>).
/// Features keep these in their <c>…Texts</c> class; the words themselves live only in the locale files.
/// </summary>
internal sealed record TextKey(string Key)
{
    /// <summary>The text for an interaction's locale ("pt-BR", "es-419", "de"…), along its fallback chain to English.</summary>
    public string For(string? locale) => Locales.Embedded.Text(Key, locale);

    /// <summary>The text for <paramref name="locale"/> with its <c>{0}</c>, <c>{1}</c>… filled in.</summary>
    public string Format(string? locale, params object[] values) => Locales.Fill(For(locale), values);

    /// <summary>The text for each Discord locale that has its own words (for command names and descriptions).</summary>
    public IReadOnlyDictionary<string, string> Localizations() => Locales.Embedded.DiscordLocalizations(Key);
}
