using FandomBot.Core.Text;

namespace FandomBot.Core.Detection;

/// <summary>
/// Words that reach the real person behind a character: "the guy who plays X", "X's voice actor", "el que hace de X",
/// "a dubladora da X", "celui qui joue X", "der Synchronsprecher von X". A message with one is about a performer, so a
/// character named in it does not make it fiction.
/// </summary>
internal static class PerformerWords
{
    private static readonly HashSet<string> Words = new(
        TextTokenizer.Words(
            "actor actress actors actriz actores ator atriz atores acteur actrice acteurs schauspieler schauspielerin " +
            "va vas voices voiced dub dubbed dubber cast castmate dublador dubladora dubladores doblaje dobladora doblador " +
            "doubleur doubleuse doublage synchronsprecher synchronsprecherin sprecher sprecherin synchro"),
        StringComparer.Ordinal);

    private static readonly HashSet<string> Relatives = new(TextTokenizer.Words("who whoever that q que qui der die wer"), StringComparer.Ordinal);

    private static readonly HashSet<string> PlayVerbs = new(
        TextTokenizer.Words("plays played playing voices voiced hace hizo interpreta interpretó faz fez joue jouait joué spielt spielte spricht sprach"),
        StringComparer.Ordinal);

    /// <summary>True when the message names a performer: a performer word, or "who plays", "que hace", "qui joue"….</summary>
    public static bool Mentioned(TokenizedText text)
    {
        var words = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        var relatives = Relatives.GetAlternateLookup<ReadOnlySpan<char>>();
        var verbs = PlayVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < text.Count; i++)
        {
            if (text[i].IsMention)
            {
                continue;
            }

            var word = text.Word(i);
            if (words.Contains(word) || (i > 0 && verbs.Contains(word) && !text[i - 1].IsMention && relatives.Contains(text.Word(i - 1))))
            {
                return true;
            }
        }

        return false;
    }
}
