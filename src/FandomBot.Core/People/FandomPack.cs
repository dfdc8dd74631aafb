namespace FandomBot.Core.People;

/// <summary>One fandom's people, as shipped in <c>config/fandoms/&lt;name&gt;.json</c>.</summary>
/// <param name="Name">The file stem: lowercase a-z, 0-9 and dashes.</param>
/// <param name="DisplayName">How moderators see it ("Heartstopper").</param>
/// <param name="Kind">tv-series, band, kpop-group, sports-team, streaming-community, public-figures…</param>
/// <param name="Description">One line about the fandom.</param>
public sealed record FandomPack(
    string Name,
    string DisplayName,
    string Kind,
    string? Description,
    IReadOnlyList<RealPerson> RealPeople,
    IReadOnlyList<FictionalCharacter> FictionalCharacters);
