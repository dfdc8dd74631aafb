namespace FandomBot.Features.Commands;

/// <summary>A text in the five languages the bot speaks; English is the default Discord shows.</summary>
internal sealed record LocalizedText(string En, string Es, string Pt, string Fr, string De)
{
    /// <summary>Discord's locale codes for the four other languages (both Spanish locales get the same text).</summary>
    public IReadOnlyDictionary<string, string> Localizations() => new Dictionary<string, string>
    {
        ["es-ES"] = Es,
        ["es-419"] = Es,
        ["pt-BR"] = Pt,
        ["fr"] = Fr,
        ["de"] = De,
    };

    /// <summary>The text for an interaction's locale ("pt-BR", "es-419", "de"…), English otherwise.</summary>
    public string For(string? locale) => (locale?.Split('-')[0]) switch
    {
        "es" => Es,
        "pt" => Pt,
        "fr" => Fr,
        "de" => De,
        _ => En,
    };

    /// <summary>The text for <paramref name="locale"/> with its <c>{0}</c>, <c>{1}</c>… filled in.</summary>
    public string Format(string? locale, params object[] values) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, For(locale), values);
}
