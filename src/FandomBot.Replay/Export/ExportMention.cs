namespace FandomBot.Replay.Export;

/// <summary>A member a message mentions. The exporter writes the mention into the text as <c>@name</c>.</summary>
internal sealed record ExportMention(ulong Id, string? Name, string? Nickname);
