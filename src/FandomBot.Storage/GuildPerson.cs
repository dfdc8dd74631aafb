using System.Collections.Immutable;

namespace FandomBot.Storage;

/// <summary>
/// A person a guild's moderators added with <c>/people add</c>. The name is stored exactly as given; showing it
/// escaped (no markdown, no mentions) is the caller's job.
/// </summary>
/// <param name="Name">The name as given, at most <see cref="SettingsLimits.MaxNameLength"/> characters.</param>
/// <param name="Aliases">Other names, at most <see cref="SettingsLimits.MaxAliasesPerPerson"/>.</param>
/// <param name="Kind">Real person or fictional character.</param>
public sealed record GuildPerson(string Name, ImmutableArray<string> Aliases, PersonKind Kind)
{
    /// <summary>Creates a person without aliases.</summary>
    public GuildPerson(string name, PersonKind kind)
        : this(name, [], kind)
    {
    }

    /// <summary>True when <paramref name="name"/> is this person's name or one of the aliases, ignoring case.</summary>
    public bool IsNamed(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = PersonNameKey.For(name);
        return PersonNameKey.For(Name) == key || Aliases.Any(alias => PersonNameKey.For(alias) == key);
    }

    /// <summary>Value equality including the aliases (a record compares arrays by reference otherwise).</summary>
    public bool Equals(GuildPerson? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Kind == other.Kind
        && Aliases.SequenceEqual(other.Aliases, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Kind, Aliases.Length);
}
