using FandomBot.Core.Text;

namespace FandomBot.Core.Detection.Lexicon;

/// <summary>Collects lexicon phrases written naturally ("in the closet", "lésbica") and normalises them like messages.</summary>
internal sealed class LexiconBuilder
{
    private readonly List<LexiconEntry> _entries = [];

    public string Language { get; set; } = "*";

    public IReadOnlyList<LexiconEntry> Entries => _entries;

    /// <summary>Adds every phrase of a <c>|</c>-separated list with one role.</summary>
    public LexiconBuilder Add(LexiconRole role, string phrases) => Add(role, IdentityConcept.None, phrases);

    /// <summary>Adds every phrase of a <c>|</c>-separated list with one role and meaning.</summary>
    public LexiconBuilder Add(LexiconRole role, IdentityConcept concept, string phrases)
    {
        foreach (var phrase in phrases.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = TextTokenizer.Words(phrase);
            if (words.Length > 0)
            {
                _entries.Add(new LexiconEntry(words, role, concept, Language, phrase));
            }
        }

        return this;
    }
}
