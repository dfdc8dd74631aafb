namespace FandomBot.Core.People;

/// <summary>A person or character as the detector sees them: one entry of a <see cref="PeopleDirectory"/>.</summary>
public sealed class DirectoryPerson
{
    internal DirectoryPerson(string name, PersonKind kind, string? pack, IReadOnlyList<SelfIdentification> selfIdentification)
    {
        Name = name;
        Kind = kind;
        Pack = pack;
        SelfIdentification = selfIdentification;
        StatedTermWords = selfIdentification.Count == 0
            ? []
            : [.. selfIdentification.SelectMany(s => s.Terms).Select(t => Text.TextTokenizer.Words(t)).Where(w => w.Length > 0)];
    }

    public string Name { get; }

    public PersonKind Kind { get; }

    /// <summary>The pack the entry came from; null for a guild's own people.</summary>
    public string? Pack { get; }

    /// <summary>What the person said of themself, with sources (empty for characters and most people).</summary>
    public IReadOnlyList<SelfIdentification> SelfIdentification { get; }

    /// <summary>The self-identification terms, normalised into words for the lexicon.</summary>
    internal IReadOnlyList<string[]> StatedTermWords { get; }

    /// <summary>
    /// Derived data the detector computes once per person (their stated identity in lexicon terms). Written at most
    /// once per value by any thread; readers tolerate a race because every writer computes the same value.
    /// </summary>
    internal object? DetectionCache { get; set; }

    public override string ToString() => $"{Name} ({Kind})";
}
