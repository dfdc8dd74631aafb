using FandomBot.Core.Detection;
using Xunit;

namespace FandomBot.Core.Tests.Detection;

/// <summary>
/// The hard vetoes keep a message quiet whatever the model says, so they must hold only where they are sure: the
/// author labelling themself, a character with nothing that reaches the person who plays them, a pronoun out of the blue.
/// </summary>
public sealed class HardVetoTests
{
    private const int Mask = (1 << 10) - 1;

    [Theory]
    [InlineData("i'm bi and proud")]
    [InlineData("as a lesbian i love this show")]
    [InlineData("je suis trans et alors")]
    [InlineData("ich bin schwul, na und")]
    [InlineData("im gay and kit connor is my favourite actor")]
    public void Holds_when_the_author_labels_themself(string text)
    {
        Assert.Equal(Veto.Author, VetoOf(text));
    }

    [Theory]
    [InlineData("'i'm straight' was written by his management lol")]
    [InlineData("‘i’m straight’ was written by his management lol")]
    [InlineData("esse 'sou hétero' foi escrito pela assessoria, certeza")]
    [InlineData("„ich bin hetero“ mit der stimme? na klar")]
    [InlineData("jess marlow is a lesbi@n i'd put money on it")]
    [InlineData("as a bi man i can confirm finn gallagher is bi")]
    [InlineData("that voice is not a straight man's voice, i'm just saying")]
    [InlineData("im gay and kit connor and joe locke are so dating")]
    public void Does_not_hold_when_the_words_are_put_on_someone_else(string text)
    {
        Assert.NotEqual(Veto.Author, VetoOf(text));
    }

    [Theory]
    [InlineData("nick nelson is bi, it's canon")]
    [InlineData("nick is so bi in the show")]
    public void Holds_for_a_character(string text)
    {
        Assert.Equal(Veto.Character, VetoOf(text));
    }

    [Theory]
    [InlineData("the guy who plays nick in the show is so gay irl")]
    [InlineData("nick's voice actor is bi, you can hear it in the show")]
    [InlineData("el que hace de nick en la serie es gay, clarísimo")]
    [InlineData("a dubladora da tara na série é lésbica")]
    public void Does_not_hold_when_the_message_reaches_the_performer(string text)
    {
        Assert.Equal(Veto.None, VetoOf(text));
    }

    [Theory]
    [InlineData("'i'm straight' lol", 3, true)]
    [InlineData("‘i’m straight’ was written by his PR", 5, true)]
    [InlineData("‘he’s gay’ lol and i’m straight", 23, false)]
    [InlineData("my aunt said 'that drummer is gay' and she's right", 20, true)]
    [InlineData("„kein Hetero tanzt so“ – mein Onkel", 6, true)]
    [InlineData("« il est gay » disait-il", 8, true)]
    [InlineData("i'm straight lol", 4, false)]
    [InlineData("kit's mum said he's gay", 19, false)]
    [InlineData("'open quote never closed gay", 23, false)]
    public void Finds_words_inside_quotation_marks(string source, int position, bool quoted)
    {
        Assert.Equal(quoted, SpeculationDetector.IsQuoted(source, position));
    }

    private static Veto VetoOf(string text)
    {
        var reached = TestPacks.Detector.TryExtractFeatures(text, [], Mask, [], out _, out var veto);
        Assert.True(reached, "the message never reached the model");
        return veto;
    }
}
