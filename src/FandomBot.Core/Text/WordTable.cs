namespace FandomBot.Core.Text;

/// <summary>
/// A read-only open-addressing table from normalised words to values, looked up by span with a cheap FNV-1a hash.
/// Built once from fixed lexicon words, so it needs no defence against chosen collisions (lookups of unknown words
/// stop at the first empty slot of a half-empty table).
/// </summary>
/// <typeparam name="TValue">The value stored per word.</typeparam>
internal sealed class WordTable<TValue>
    where TValue : class
{
    private readonly string?[] _keys;
    private readonly TValue?[] _values;
    private readonly int _mask;

    public WordTable(IReadOnlyCollection<KeyValuePair<string, TValue>> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var size = 16;
        while (size < items.Count * 2)
        {
            size <<= 1;
        }

        _keys = new string?[size];
        _values = new TValue?[size];
        _mask = size - 1;
        foreach (var (key, value) in items)
        {
            var slot = Hash(key) & _mask;
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _values[slot] = value;
        }
    }

    public TValue? Find(ReadOnlySpan<char> word)
    {
        var slot = Hash(word) & _mask;
        while (_keys[slot] is { } key)
        {
            if (key.Length == word.Length && word.SequenceEqual(key))
            {
                return _values[slot];
            }

            slot = (slot + 1) & _mask;
        }

        return null;
    }

    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15));
    }
}
