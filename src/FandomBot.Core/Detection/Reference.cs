using FandomBot.Core.People;

namespace FandomBot.Core.Detection;

/// <summary>A word or name in a message that can be who an orientation word is about.</summary>
internal sealed record Reference(int Index, int Length, ReferenceKind Kind, IReadOnlyList<DirectoryPerson> Candidates, ulong MentionId)
{
    public int End => Index + Length;
}
