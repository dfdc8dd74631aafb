namespace FandomBot.Replay.Export;

/// <summary>One message of an export, with only the fields the replay uses.</summary>
/// <param name="Id">The message id.</param>
/// <param name="Type">The exporter's message kind: Default and Reply are people talking; the rest are system notices.</param>
/// <param name="Timestamp">When it was sent.</param>
/// <param name="EditedAt">When it was last edited: the text is then the edited text, not what was first sent.</param>
/// <param name="Content">The text, as the exporter wrote it.</param>
/// <param name="Author">Who wrote it.</param>
/// <param name="Mentions">Members it mentions.</param>
/// <param name="ReplyToMessageId">The message it answers, for a reply.</param>
internal sealed record ExportMessage(
    ulong Id,
    string Type,
    DateTimeOffset Timestamp,
    DateTimeOffset? EditedAt,
    string Content,
    ExportAuthor Author,
    IReadOnlyList<ExportMention> Mentions,
    ulong? ReplyToMessageId)
{
    /// <summary>A member's message (plain or a reply), not a join notice, pin notice or the like.</summary>
    public bool IsFromPerson => Type is "Default" or "Reply";
}
