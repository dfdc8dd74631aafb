namespace FandomBot.Core.People;

/// <summary>A real person fans talk about: cast, crew, band members, athletes, streamers.</summary>
public sealed record RealPerson(
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles,
    IReadOnlyList<SelfIdentification> SelfIdentification)
{
    /// <summary>A real person known only by name and aliases (a guild's own list).</summary>
    public RealPerson(string name, params IReadOnlyList<string> aliases)
        : this(name, aliases, [], [])
    {
    }
}
