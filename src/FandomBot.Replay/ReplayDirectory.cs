using FandomBot.Core.DataFiles;
using FandomBot.Core.People;

namespace FandomBot.Replay;

/// <summary>
/// Who the replay's detector knows: the built-in packs chosen with <c>--fandom</c> (all when none is named), less the
/// packs the settings switch off, plus the people of a <c>--people</c> file, as a guild's own people are added live.
/// </summary>
internal static class ReplayDirectory
{
    public static PeopleDirectory Build(IReadOnlyList<FandomPack> builtIn, IReadOnlyCollection<string> chosen, IReadOnlySet<string> disabled, FandomPack? extra)
    {
        ArgumentNullException.ThrowIfNull(builtIn);
        ArgumentNullException.ThrowIfNull(chosen);
        ArgumentNullException.ThrowIfNull(disabled);
        var known = builtIn.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (chosen.FirstOrDefault(name => !known.Contains(name)) is { } unknown)
        {
            throw new DataFileException($"--fandom {unknown}: there is no such built-in pack (known: {string.Join(", ", known.Order(StringComparer.Ordinal))})");
        }

        var enabled = (chosen.Count > 0 ? chosen : known).Where(name => !disabled.Contains(name)).ToList();
        return PeopleDirectory.FromPacks(builtIn).ForGuild(enabled, extra?.RealPeople, extra?.FictionalCharacters);
    }
}
