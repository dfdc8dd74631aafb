namespace FandomBot.Core.People;

/// <summary>A character of a story. Their orientation is fair game for fans: the detector never reminds about them.</summary>
public sealed record FictionalCharacter(
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> CanonIdentity,
    IReadOnlyList<string> PortrayedBy)
{
    /// <summary>A character known only by name and aliases (a guild's own list).</summary>
    public FictionalCharacter(string name, params IReadOnlyList<string> aliases)
        : this(name, aliases, [], [])
    {
    }
}
