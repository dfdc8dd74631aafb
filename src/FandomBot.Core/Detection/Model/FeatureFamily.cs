namespace FandomBot.Core.Detection.Model;

/// <summary>The kinds of feature the model reads; each hashes with its own seed so families never collide by design.</summary>
internal enum FeatureFamily : byte
{
    Word = 1,
    WordPair = 2,
    CharacterGram = 3,
    Emoji = 4,
    Language = 5,
    ContextWord = 6,
    Rule = 7,
    CueRole = 8,
    ReasonKind = 9,
    Reference = 10,
    CueSubject = 12,
    HintSubject = 13,
}
