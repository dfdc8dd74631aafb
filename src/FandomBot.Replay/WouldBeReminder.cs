using System.Globalization;
using FandomBot.Replay.Export;

namespace FandomBot.Replay;

/// <summary>A reminder the bot would have sent: where, to whom, for what text, and why.</summary>
/// <param name="Channel">Where.</param>
/// <param name="Message">The message it answers.</param>
/// <param name="Verdict">The detector's reasons.</param>
/// <param name="PersonLabel">Who it is about, as moderators know them (a member by their server name).</param>
internal sealed record WouldBeReminder(ExportChannel Channel, ExportMessage Message, ReplayVerdict Verdict, string PersonLabel)
{
    /// <summary>The message in Discord (<c>@me</c> for a direct message).</summary>
    public string Link => string.Create(
        CultureInfo.InvariantCulture,
        $"https://discord.com/channels/{(Channel.GuildId == 0 ? "@me" : Channel.GuildId.ToString(CultureInfo.InvariantCulture))}/{Channel.ChannelId}/{Message.Id}");

    /// <summary>The day it happened, UTC.</summary>
    public DateOnly Day => DateOnly.FromDateTime(Message.Timestamp.UtcDateTime);

    /// <summary>The channel as people write it.</summary>
    public string ChannelLabel => "#" + Channel.ChannelName;
}
