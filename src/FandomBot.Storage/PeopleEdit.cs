namespace FandomBot.Storage;

/// <summary>The rules of <c>/people add</c> and <c>/people remove</c>, as pure functions over a guild's settings.</summary>
internal static class PeopleEdit
{
    /// <summary>Checks each person on its own; the guild limit is checked by <see cref="Add"/> against current settings.</summary>
    public static StoreError? Validate(IReadOnlyCollection<GuildPerson> people)
    {
        if (people.Count == 0)
        {
            return StoreError.Invalid("Give at least one person.");
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            if (SettingsValidation.Person(person) is { } error)
            {
                return error;
            }

            if (!keys.Add(PersonNameKey.For(person.Name)))
            {
                return StoreError.Invalid($"The list names '{person.Name}' twice.");
            }
        }

        return null;
    }

    /// <summary>Adds or replaces (same name ignoring case) each person, within the per-guild limit.</summary>
    public static StoreResult<GuildSettings> Add(GuildSettings settings, IReadOnlyCollection<GuildPerson> people)
    {
        var byKey = settings.People.ToDictionary(person => PersonNameKey.For(person.Name), StringComparer.Ordinal);
        foreach (var person in people)
        {
            byKey[PersonNameKey.For(person.Name)] = person with { Aliases = DistinctAliases(person) };
        }

        if (byKey.Count > SettingsLimits.MaxPeoplePerGuild)
        {
            return StoreResult.Failure<GuildSettings>(StoreError.LimitReached(
                $"A server may have at most {SettingsLimits.MaxPeoplePerGuild} people; this would make {byKey.Count}. Remove some first."));
        }

        return StoreResult.Success(settings with { People = PeopleOrder.Sort(byKey.Values) });
    }

    public static StoreResult<GuildSettings> Remove(GuildSettings settings, string name)
    {
        var key = PersonNameKey.For(name);
        var remaining = settings.People.Where(person => PersonNameKey.For(person.Name) != key).ToList();
        return remaining.Count == settings.People.Length
            ? StoreResult.Failure<GuildSettings>(StoreError.NotFound($"No person named '{name}' is in this server's list."))
            : StoreResult.Success(settings with { People = [.. remaining] });
    }

    // The same alias twice (ignoring case), or the name repeated as an alias, adds nothing: keep the first spelling.
    private static System.Collections.Immutable.ImmutableArray<string> DistinctAliases(GuildPerson person)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { PersonNameKey.For(person.Name) };
        return [.. person.Aliases.Where(alias => seen.Add(PersonNameKey.For(alias)))];
    }
}
