using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using FandomBot.Localization;
using Xunit;

namespace FandomBot.Tests.Localization;

/// <summary>The files of config/locales: every language says everything English says, with the same placeholders.</summary>
public sealed partial class LocaleFilesTests
{
    private static readonly Locales Embedded = Locales.Embedded;

    public static TheoryData<string> Languages => [.. Embedded.Files.Keys.Where(language => language != LocaleFallback.Default).Order(StringComparer.Ordinal)];

    [Fact]
    public void The_five_languages_of_the_bot_are_embedded()
    {
        Assert.Equal(["de", "en", "es", "fr", "pt"], Embedded.Files.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_language_has_exactly_the_keys_of_english(string language)
    {
        var english = Embedded.Files[LocaleFallback.Default].Keys.ToHashSet(StringComparer.Ordinal);
        var translated = Embedded.Files[language].Keys.ToHashSet(StringComparer.Ordinal);

        Assert.Empty(english.Except(translated).Order(StringComparer.Ordinal)); // missing in this language
        Assert.Empty(translated.Except(english).Order(StringComparer.Ordinal)); // unknown to English: a typo or a leftover
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_text_has_the_placeholders_of_its_english_text(string language)
    {
        var english = Embedded.Files[LocaleFallback.Default];
        var translated = Embedded.Files[language];
        var differing = english.Keys
            .Where(key => translated.TryGet(key, out _))
            .Where(key => Placeholders(Embedded.Texts(key, LocaleFallback.Default)) != Placeholders(Embedded.Texts(key, language)))
            .ToList();

        Assert.Empty(differing);
    }

    [Fact]
    public void Every_text_key_in_the_code_exists_in_english()
    {
        var english = Embedded.Files[LocaleFallback.Default];
        var keys = typeof(TextKey).Assembly.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(field => field.FieldType == typeof(TextKey))
            .Select(field => ((TextKey)field.GetValue(null)!).Key)
            .ToList();

        Assert.True(keys.Count > 80, $"only {keys.Count} text keys found by reflection");
        Assert.DoesNotContain(keys, key => !english.TryGet(key, out _));
    }

    [Fact]
    public void A_missing_key_is_a_mistake_that_names_the_key()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Embedded.Text("no.such.key", "de"));

        Assert.Contains("no.such.key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_regional_file_overrides_only_what_it_translates_and_falls_back_to_its_language_then_english()
    {
        var locales = new Locales(
        [
            File("en", """{ "greeting": "Hello", "farewell": "Bye", "only-english": "Only" }"""),
            File("es", """{ "greeting": "Hola", "farewell": "Adiós" }"""),
            File("es-419", """{ "greeting": "Qué onda" }"""),
        ]);

        Assert.Equal("Qué onda", locales.Text("greeting", "es-419"));
        Assert.Equal("Adiós", locales.Text("farewell", "es-419"));
        Assert.Equal("Only", locales.Text("only-english", "es-419"));
        Assert.Equal("Hola", locales.Text("greeting", "es-ES"));
        Assert.Equal("Hello", locales.Text("greeting", "ja"));
        Assert.Equal("Hello", locales.Text("greeting", null));
        Assert.Equal(new Dictionary<string, string> { ["es-ES"] = "Hola", ["es-419"] = "Qué onda" }, locales.DiscordLocalizations("greeting"));
    }

    [Fact]
    public void A_list_of_phrasings_is_read_as_several_texts()
    {
        var locales = new Locales([File("en", """{ "phrasings": ["One", "Two"] }""")]);

        Assert.Equal(["One", "Two"], locales.Texts("phrasings", "en"));
    }

    [Fact]
    public void A_file_of_the_wrong_shape_names_its_language_and_key()
    {
        var error = Assert.Throws<InvalidDataException>(() => File("fr", """{ "count": 3 }"""));

        Assert.Contains("fr.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("count", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Discord_gets_the_locales_it_knows_for_the_languages_we_have()
    {
        var localizations = Embedded.DiscordLocalizations("command.reminder.name");

        Assert.Equal(["de", "es-419", "es-ES", "fr", "pt-BR"], localizations.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("recordatorio", localizations["es-419"]);
    }

    private static LocaleFile File(string language, string json) => LocaleFile.Parse(language, Encoding.UTF8.GetBytes(json));

    private static string Placeholders(IEnumerable<string> texts) =>
        string.Join(',', texts.SelectMany(text => Placeholder().Matches(text).Select(match => match.Value)).Distinct().Order(StringComparer.Ordinal));

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
