using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FandomBot.Core.Text;

/// <summary>
/// A read-only open-addressing table from normalised words to values, looked up by span with a cheap hash of the word's ends.
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

    /// <summary>
    /// A hash of the word's length and its first and last four characters (two 64-bit reads, however long the word),
    /// mixed so the low bits pick the slot; never 0 (0 marks an empty slot). Words that share both ends and length just
    /// share a probe sequence: keys are always compared.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int HashOf(ReadOnlySpan<char> word)
    {
        ulong h;
        if (word.Length >= 4)
        {
            var bytes = MemoryMarshal.AsBytes(word);
            var head = MemoryMarshal.Read<ulong>(bytes);
            var tail = MemoryMarshal.Read<ulong>(bytes[((word.Length - 4) * sizeof(char))..]);
            h = (head * 0x9E3779B97F4A7C15UL) ^ (tail * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)word.Length;
        }
        else
        {
            h = (ulong)word.Length;
            foreach (var c in word)
            {
                h = (h << 16) | c;
            }

            h *= 0x9E3779B97F4A7C15UL;
        }

        h ^= h >> 31;
        h *= 0xBF58476D1CE4E5B9UL;
        var mixed = (int)(h >> 32);
        return mixed == 0 ? 1 : mixed;
    }
}
