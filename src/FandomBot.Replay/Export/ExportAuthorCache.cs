namespace FandomBot.Replay.Export;

/// <summary>
/// Authors already read, by id. The exporter repeats the whole author (name, nickname, roles, avatar) on every message,
/// as it was at export time, so after the first message of an author the rest of their block is skipped unread: fewer
/// allocations on the hot path. Bounded, so a huge server costs at most <c>capacity</c> entries.
/// </summary>
internal sealed class ExportAuthorCache(int capacity = 200_000)
{
    private readonly Dictionary<ulong, ExportAuthor> _authors = [];

    public bool TryGet(ulong id, out ExportAuthor author) => _authors.TryGetValue(id, out author!);

    public void Add(ExportAuthor author)
    {
        if (_authors.Count < capacity)
        {
            _authors.TryAdd(author.Id, author);
        }
    }
}
