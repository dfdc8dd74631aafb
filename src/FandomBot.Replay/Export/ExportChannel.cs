namespace FandomBot.Replay.Export;

/// <summary>The channel an export holds, from its <c>guild</c> and <c>channel</c> headers.</summary>
/// <param name="GuildId">0 for a direct-message export (DiscordChatExporter writes guild id 0 there).</param>
/// <param name="GuildName">The server's name.</param>
/// <param name="ChannelId">The channel or thread.</param>
/// <param name="ChannelName">The channel's name, without <c>#</c>.</param>
/// <param name="ChannelType">DiscordChatExporter's channel kind (GuildTextChat, GuildPublicThread, DirectTextChat…).</param>
/// <param name="ParentChannelId">For a thread, the channel it belongs to (the exporter writes it as <c>categoryId</c>).</param>
internal sealed record ExportChannel(
    ulong GuildId,
    string GuildName,
    ulong ChannelId,
    string ChannelName,
    string ChannelType,
    ulong? ParentChannelId)
{
    /// <summary>Direct messages never get reminders; the policy needs to know.</summary>
    public bool IsDirectMessage => GuildId == 0 || ChannelType.StartsWith("Direct", StringComparison.Ordinal);

    /// <summary>Threads count under their parent channel for the channel scope.</summary>
    public bool IsThread => ChannelType.Contains("Thread", StringComparison.Ordinal);
}
