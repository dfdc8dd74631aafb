using FandomBot.Core.Text;

namespace FandomBot.Core.People;

/// <summary>
/// Everyone the detector can recognise by name: the built-in fandom packs (built once, shared), optionally narrowed to
/// the packs a guild switched on, plus the guild's own people. Immutable and thread-safe; <see cref="ForGuild"/>
/// composes a guild's view cheaply by reusing the shared index.
/// </summary>
public sealed class PeopleDirectory
{
    private readonly AliasIndex _shared;
    private readonly bool[]? _packEnabled;
    private readonly AliasIndex _own;

    private PeopleDirectory(IReadOnlyList<FandomPack> packs, AliasIndex shared, bool[]? packEnabled, AliasIndex own, int ownCount)
    {
        Packs = packs;
        _shared = shared;
        _packEnabled = packEnabled;
        _own = own;
        OwnPeopleCount = ownCount;
    }

    /// <summary>A directory that knows no one (mentions still count as real people).</summary>
    public static PeopleDirectory Empty { get; } = new([], AliasIndex.Empty, null, AliasIndex.Empty, 0);

    /// <summary>The built-in packs this directory was built from (switched on or not).</summary>
    public IReadOnlyList<FandomPack> Packs { get; }

    /// <summary>The names of the packs that count for this directory.</summary>
    public IEnumerable<string> EnabledPacks => Packs.Where((_, i) => _packEnabled is null || _packEnabled[i]).Select(p => p.Name);

    /// <summary>How many of the guild's own people and characters were added.</summary>
    public int OwnPeopleCount { get; }

    /// <summary>Builds the shared directory of built-in packs (all switched on).</summary>
    public static PeopleDirectory FromPacks(IEnumerable<FandomPack> packs)
    {
        ArgumentNullException.ThrowIfNull(packs);
        var list = packs.ToList();
        var people = new List<(DirectoryPerson, int, IEnumerable<string>)>();
        for (var i = 0; i < list.Count; i++)
        {
            AddPack(people, list[i], i);
        }

        return new PeopleDirectory(list, AliasIndex.Build(people), null, AliasIndex.Empty, 0);
    }

    /// <summary>
    /// A guild's view: the shared index narrowed to <paramref name="enabledPacks"/> (null: all), plus the guild's own
    /// real people and characters. The shared index is reused, so this costs only the guild's own names.
    /// </summary>
    public PeopleDirectory ForGuild(
        IEnumerable<string>? enabledPacks = null,
        IEnumerable<RealPerson>? ownPeople = null,
        IEnumerable<FictionalCharacter>? ownCharacters = null)
    {
        bool[]? enabled = null;
        if (enabledPacks is not null)
        {
            var names = new HashSet<string>(enabledPacks, StringComparer.OrdinalIgnoreCase);
            enabled = [.. Packs.Select(p => names.Contains(p.Name))];
        }

        var people = new List<(DirectoryPerson, int, IEnumerable<string>)>();
        foreach (var person in ownPeople ?? [])
        {
            people.Add((new DirectoryPerson(person.Name, PersonKind.RealPerson, null, person.SelfIdentification), -1, [person.Name, .. person.Aliases]));
        }

        foreach (var character in ownCharacters ?? [])
        {
            people.Add((new DirectoryPerson(character.Name, PersonKind.FictionalCharacter, null, []), -1, [character.Name, .. character.Aliases]));
        }

        return new PeopleDirectory(Packs, _shared, enabled, people.Count == 0 ? AliasIndex.Empty : AliasIndex.Build(people), people.Count);
    }

    /// <summary>
    /// The longest name starting at word <paramref name="index"/>, in words (0 when none); everyone it may mean is
    /// put in <paramref name="candidates"/> (cleared first).
    /// </summary>
    internal int MatchAt(TokenizedText text, int index, List<DirectoryPerson> candidates)
    {
        candidates.Clear();
        if (text[index].IsMention)
        {
            return 0;
        }

        var hash = WordTable<AliasEntry[]>.HashOf(text.Word(index));
        var length = _own.Match(text, index, hash, null, candidates, 0);
        return _shared.Match(text, index, hash, _packEnabled, candidates, length);
    }

    private static void AddPack(List<(DirectoryPerson, int, IEnumerable<string>)> people, FandomPack pack, int packIndex)
    {
        foreach (var person in pack.RealPeople)
        {
            people.Add((new DirectoryPerson(person.Name, PersonKind.RealPerson, pack.Name, person.SelfIdentification), packIndex, [person.Name, .. person.Aliases]));
        }

        foreach (var character in pack.FictionalCharacters)
        {
            people.Add((new DirectoryPerson(character.Name, PersonKind.FictionalCharacter, pack.Name, []), packIndex, [character.Name, .. character.Aliases]));
        }
    }
}
