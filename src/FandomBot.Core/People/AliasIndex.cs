using FandomBot.Core.Text;

namespace FandomBot.Core.People;

/// <summary>
/// Aliases keyed by their first normalised word, longest alias first, so a message is matched word by word with a
/// span lookup (no string allocation).
/// </summary>
internal sealed class AliasIndex
{
    private readonly WordTable<AliasEntry[]> _byFirstWord;

    private AliasIndex(KeyValuePair<string, AliasEntry[]>[] byFirstWord)
    {
        _byFirstWord = new WordTable<AliasEntry[]>(byFirstWord);
        Count = byFirstWord.Length;
    }

    public static AliasIndex Empty { get; } = new([]);

    public int Count { get; }

    public static AliasIndex Build(IEnumerable<(DirectoryPerson Person, int PackIndex, IEnumerable<string> Names)> people)
    {
        var groups = new Dictionary<string, List<AliasEntry>>(StringComparer.Ordinal);
        var seen = new List<string[]>();
        foreach (var (person, packIndex, names) in people)
        {
            seen.Clear();
            foreach (var name in names)
            {
                var words = TextTokenizer.Words(name);
                if (words.Length == 0 || seen.Exists(w => w.AsSpan().SequenceEqual(words)))
                {
                    continue;
                }

                seen.Add(words);
                if (!groups.TryGetValue(words[0], out var list))
                {
                    list = [];
                    groups.Add(words[0], list);
                }

                list.Add(new AliasEntry(words, person, packIndex));
            }
        }

        var index = new KeyValuePair<string, AliasEntry[]>[groups.Count];
        var i = 0;
        foreach (var (first, list) in groups)
        {
            if (list.Count > 1)
            {
                list.Sort(static (a, b) => b.Words.Length.CompareTo(a.Words.Length));
            }

            index[i++] = new(first, [.. list]);
        }

        return new AliasIndex(index);
    }

    /// <summary>
    /// The longest alias starting at word <paramref name="index"/>: its length in words (0 when none), with every
    /// person of that length added to <paramref name="candidates"/> (a name can belong to several people).
    /// </summary>
    /// <param name="text">The message.</param>
    /// <param name="index">The word to start at.</param>
    /// <param name="hash">The word's <see cref="WordTable{TValue}.HashOf"/>, computed once for every index consulted.</param>
    /// <param name="packEnabled">Which packs count (null: all).</param>
    /// <param name="candidates">Receives everyone the longest alias may mean.</param>
    /// <param name="longestSoFar">The longest alias another index already matched here.</param>
    public int Match(TokenizedText text, int index, int hash, bool[]? packEnabled, List<DirectoryPerson> candidates, int longestSoFar)
    {
        if (Count == 0)
        {
            return longestSoFar;
        }

        var slot = _byFirstWord.SlotOf(text.Word(index), hash);
        if (slot < 0)
        {
            return longestSoFar;
        }

        var entries = _byFirstWord.ValueAt(slot);

        var best = longestSoFar;
        foreach (var entry in entries)
        {
            var length = entry.Words.Length;
            if (length < best || index + length > text.Count)
            {
                continue;
            }

            if (packEnabled is not null && entry.PackIndex >= 0 && !packEnabled[entry.PackIndex])
            {
                continue;
            }

            if (!WordsMatch(text, index, entry.Words))
            {
                continue;
            }

            if (length > best)
            {
                best = length;
                candidates.Clear();
            }

            if (!candidates.Contains(entry.Person))
            {
                candidates.Add(entry.Person);
            }
        }

        return best;
    }

    private static bool WordsMatch(TokenizedText text, int index, string[] words)
    {
        for (var k = 1; k < words.Length; k++)
        {
            var token = text[index + k];
            if (token.IsMention || !text.Word(index + k).SequenceEqual(words[k]))
            {
                return false;
            }
        }

        return true;
    }
}
