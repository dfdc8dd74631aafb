namespace FandomBot.Localization;

/// <summary>
/// The locale codes Discord accepts in <c>name_localizations</c> and sends as <c>interaction.locale</c>, in the order of
/// Discord's reference. A command is localized for each of them whose fallback chain reaches a language we have.
/// </summary>
internal static class DiscordLocales
{
    public static readonly IReadOnlyList<string> All =
    [
        "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl", "no", "pl", "pt-BR",
        "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th", "zh-CN", "ja", "zh-TW", "ko",
    ];
}
