using FandomBot.Features.Reminders;
using Xunit;

namespace FandomBot.Tests.Reminders;

public sealed class ReminderTextsTests
{
    public static TheoryData<string> Languages => ["en", "es", "pt", "fr", "de"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_language_has_several_short_phrasings_that_ping_and_name_no_one(string language)
    {
        var phrasebook = ReminderTexts.For(language);

        Assert.Equal(language, phrasebook.Language);
        Assert.True(phrasebook.Reminders.Count >= 3);
        Assert.All(phrasebook.Reminders, text =>
        {
            Assert.InRange(text.Length, 40, ReminderTexts.MaxLength);
            Assert.DoesNotContain("@", text, StringComparison.Ordinal);
            Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Regional_locales_use_their_language_and_unknown_ones_english()
    {
        Assert.Equal("pt", ReminderTexts.For("pt-BR").Language);
        Assert.Equal("es", ReminderTexts.For("es-ES").Language);
        Assert.Equal("en", ReminderTexts.For("ja").Language);
        Assert.Equal("en", ReminderTexts.For(null).Language);
    }

    [Fact]
    public void The_phrasing_varies_with_the_seed()
    {
        var texts = Enumerable.Range(0, 8).Select(i => ReminderTexts.Pick(ReminderTexts.English, (ulong)i)).Distinct().ToList();

        Assert.Equal(ReminderTexts.English.Reminders.Count, texts.Count);
    }
}
