namespace FandomBot.Core.Detection.Lexicon;

/// <summary>A lexicon phrase found in a message: its first word and length in words.</summary>
internal readonly record struct CueMatch(int Index, int Length, LexiconEntry Entry)
{
    public int End => Index + Length;

    public LexiconRole Role => Entry.Role;
}
