using System.Collections;

namespace FandomBot.Replay;

/// <summary>The first <see cref="Count"/> strings of a reused buffer, as the read-only list the detector takes.</summary>
internal sealed class ContextView(string[] buffer) : IReadOnlyList<string>
{
    public string[] Buffer { get; } = buffer;

    public int Count { get; set; }

    public string this[int index] => (uint)index < (uint)Count ? Buffer[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return Buffer[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
