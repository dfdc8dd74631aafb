namespace FandomBot.Replay.Export;

/// <summary>A message's author as the export shows them (the exporter writes the member as they were at export time).</summary>
/// <param name="Id">The user id.</param>
/// <param name="Name">The user name.</param>
/// <param name="Nickname">The server nickname, when set.</param>
/// <param name="IsBot">A bot or webhook.</param>
/// <param name="RoleIds">The member's roles.</param>
internal sealed record ExportAuthor(ulong Id, string Name, string? Nickname, bool IsBot, IReadOnlyCollection<ulong> RoleIds)
{
    /// <summary>The name moderators see in the server.</summary>
    public string DisplayName => string.IsNullOrEmpty(Nickname) ? Name : Nickname;
}
