using System.Runtime.CompilerServices;

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
    // Probing reads only the compact hash array (0 marks an empty slot); the key is compared only on a full-hash match,
    // so an unknown word (most words of ordinary chat) usually costs one hash and one or two adjacent int reads.
    private readonly int[] _hashes;
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

        _hashes = new int[size];
        _keys = new string?[size];
        _values = new TValue?[size];
        _mask = size - 1;
        foreach (var (key, value) in items)
        {
            var hash = HashOf(key);
            var slot = hash & _mask;
            while (_hashes[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _hashes[slot] = hash;
            _keys[slot] = key;
            _values[slot] = value;
        }
    }

    public TValue? Find(ReadOnlySpan<char> word)
    {
        var slot = SlotOf(word);
        return slot < 0 ? null : _values[slot];
    }

    /// <summary>
    /// Where the word is stored, or -1: each stored word has its own slot, so two words are equal exactly when their
    /// slots are, and phrase matching can compare ints instead of characters.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int SlotOf(ReadOnlySpan<char> word) => SlotOf(word, HashOf(word));

    /// <summary><see cref="SlotOf(ReadOnlySpan{char})"/> with the word's <see cref="HashOf"/> already computed (one hash for several tables).</summary>
    public int SlotOf(ReadOnlySpan<char> word, int hash)
    {
        var hashes = _hashes;
        var slot = hash & _mask;
        int stored;
        while ((stored = hashes[slot]) != 0)
        {
            if (stored == hash && SameWord(word, _keys[slot]!))
            {
                return slot;
            }

            slot = (slot + 1) & _mask;
        }

        return -1;
    }

    /// <summary>The value in a slot returned by <see cref="SlotOf"/>.</summary>
    public TValue ValueAt(int slot) => _values[slot]!;

    /// <summary>Words are short: a plain loop beats the vectorised comparison's set-up.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameWord(ReadOnlySpan<char> word, string key)
    {
        if (word.Length != key.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (word[i] != key[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>FNV-1a, never 0 (0 marks an empty slot).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int HashOf(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        var mixed = (int)(hash ^ (hash >> 15));
        return mixed == 0 ? 1 : mixed;
    }
}
