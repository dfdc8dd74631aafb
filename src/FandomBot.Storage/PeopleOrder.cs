using System.Collections.Immutable;

namespace FandomBot.Storage;

/// <summary>
/// The one order of a guild's people: by name key, ordinal. Sorting in C# rather than in SQL keeps SQLite and
/// PostgreSQL (whose collation depends on the server's locale) identical.
/// </summary>
internal static class PeopleOrder
{
    public static ImmutableArray<GuildPerson> Sort(IEnumerable<GuildPerson> people) =>
        [.. people.OrderBy(person => PersonNameKey.For(person.Name), StringComparer.Ordinal)];
}
