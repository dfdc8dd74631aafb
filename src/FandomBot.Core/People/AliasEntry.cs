namespace FandomBot.Core.People;

/// <summary>One way of naming a person: the alias's normalised words, and whose alias it is.</summary>
internal sealed record AliasEntry(string[] Words, DirectoryPerson Person, int PackIndex);
