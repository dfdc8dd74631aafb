using System.Runtime.CompilerServices;

namespace FandomBot.Core.Detection.Lexicon;

/// <summary>Common-word votes per language (index in <see cref="Languages.All"/>), kept on the stack by the gate.</summary>
[InlineArray(Length)]
internal struct LanguageVotes
{
    public const int Length = 5;

    private int _first;
}
