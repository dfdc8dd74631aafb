namespace FandomBot.Core.Quotes;

/// <summary>A speaker as the library indexes them: the name as written, its folded form and words, and their quotes.</summary>
internal sealed record SpeakerIndexEntry(string Name, string Folded, string[] Words, Quote[] Quotes);
