using FandomBot.Core.Detection.Lexicon;
using FandomBot.Core.People;

namespace FandomBot.Core.Tests.Detection;

/// <summary>
/// What moderators build with AutoMod today: a keyword rule that fires when an orientation word is within 5 words of a
/// known name. Plain lower-casing and splitting, no normalisation, no context, no sense of who or why.
/// </summary>
internal sealed class KeywordBaseline
{
    private const int Window = 5;
    private static readonly char[] Separators = [' ', ',', '.', '!', '?', ';', ':', '"', '(', ')', '\n', '\'', '\u2019', '-', '*', '~'];

    private readonly HashSet<string> _orientationWords;
    private readonly HashSet<string> _nameWords;

    public KeywordBaseline(IEnumerable<FandomPack> packs)
    {
        _orientationWords = [.. DetectionLexicon.Default.Entries
            .Where(e => e.Role == LexiconRole.Term && e.Words.Length == 1)
            .Select(e => e.Phrase.ToLowerInvariant())];
        _nameWords = [.. packs.SelectMany(p => p.RealPeople.SelectMany(r => r.Aliases.Append(r.Name))
                .Concat(p.FictionalCharacters.SelectMany(c => c.Aliases.Append(c.Name))))
            .SelectMany(alias => alias.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.TrimStart('@'))
            .Where(w => w.Length > 2)];
    }

    public bool Fires(string text)
    {
        var words = text.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            if (!_orientationWords.Contains(words[i]))
            {
                continue;
            }

            for (var j = Math.Max(0, i - Window); j <= Math.Min(words.Length - 1, i + Window); j++)
            {
                if (_nameWords.Contains(words[j].TrimStart('@')))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
