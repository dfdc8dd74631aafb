using FandomBot.Localization;

namespace FandomBot.Features.People;

/// <summary>What <c>/people</c> answers, in the interaction's language.</summary>
internal static class PeopleTexts
{
    public static readonly TextKey Real = new("people.real");
    public static readonly TextKey Fictional = new("people.fictional");
    public static readonly TextKey Added = new("people.added");
    public static readonly TextKey NameTooLong = new("people.name-too-long");
    public static readonly TextKey AliasTooLong = new("people.alias-too-long");
    public static readonly TextKey TooManyAliases = new("people.too-many-aliases");
    public static readonly TextKey TooManyPeople = new("people.too-many-people");
    public static readonly TextKey EmptyName = new("people.empty-name");
    public static readonly TextKey Removed = new("people.removed");
    public static readonly TextKey NotFound = new("people.not-found");
    public static readonly TextKey ListHeader = new("people.list-header");
    public static readonly TextKey ListEmpty = new("people.list-empty");
    public static readonly TextKey AlsoKnownAs = new("people.also-known-as");
    public static readonly TextKey PacksHeader = new("people.packs-header");
    public static readonly TextKey NoPacks = new("people.no-packs");
    public static readonly TextKey PackSet = new("people.pack-set");
    public static readonly TextKey UnknownPack = new("people.unknown-pack");
}
