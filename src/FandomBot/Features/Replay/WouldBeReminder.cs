using System.Globalization;
using FandomBot.Features.Replay.Export;

namespace FandomBot.Features.Replay;

/// <summary>A reminder the bot would have sent: where, to whom, for what text, and why.</summary>
internal sealed record WouldBeReminder(ExportChannel Channel, ExportMessage Message, ReplayVerdict Verdict)
{
    /// <summary>The message in Discord (<c>@me</c> for a direct message).</summary>
    public string Link => string.Create(
        CultureInfo.InvariantCulture,
        $"https://discord.com/channels/{(Channel.GuildId == 0 ? "@me" : Channel.GuildId.ToString(CultureInfo.InvariantCulture))}/{Channel.ChannelId}/{Message.Id}");

    /// <summary>The day it happened, UTC.</summary>
    public DateOnly Day => DateOnly.FromDateTime(Message.Timestamp.UtcDateTime);

    /// <summary>Who it is about, for grouping ("someone" when nobody was named).</summary>
    public string PersonLabel => Verdict.PersonUserId is { } id && Message.Mentions.FirstOrDefault(m => m.Id == id) is { } mention
        ? $"@{(string.IsNullOrEmpty(mention.Nickname) ? mention.Name : mention.Nickname)} (member)"
        : Verdict.Person ?? "someone unnamed";

    /// <summary>The channel as people write it.</summary>
    public string ChannelLabel => "#" + Channel.ChannelName;
}
