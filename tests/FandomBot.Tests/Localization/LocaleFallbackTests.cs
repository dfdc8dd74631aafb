using FandomBot.Localization;
using Xunit;

namespace FandomBot.Tests.Localization;

public sealed class LocaleFallbackTests
{
    [Theory]
    [InlineData("es-419", "es-419,es,en")]
    [InlineData("pt-BR", "pt-br,pt,en")]
    [InlineData("pt_BR", "pt-br,pt,en")]
    [InlineData("de", "de,en")]
    [InlineData("en-GB", "en-gb,en")]
    [InlineData("en", "en")]
    [InlineData(null, "en")]
    [InlineData("", "en")]
    public void A_locale_falls_back_to_its_language_then_english(string? locale, string chain)
    {
        Assert.Equal(chain, string.Join(',', LocaleFallback.Chain(locale)));
    }

    [Theory]
    [InlineData("es-419", "es")]
    [InlineData("es-ES", "es")]
    [InlineData("pt-BR", "pt")]
    [InlineData("fr", "fr")]
    [InlineData("ja", "en")]
    [InlineData(null, "en")]
    public void The_language_of_a_locale_is_the_first_of_its_chain_that_we_have(string? locale, string language)
    {
        Assert.Equal(language, Locales.Embedded.LanguageOf(locale));
    }
}
