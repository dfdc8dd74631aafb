using FandomBot.Interactions;
using System.Globalization;
using FandomBot.Core.Detection;
using FandomBot.Discord.Models;
using FandomBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace FandomBot.Features.Reminders;

/// <summary>
/// Lines in a guild's mod-log channel: the channel, the author's id, the person and the reasons of a reminder, never
/// the message text. Posted pinging no one; a channel the bot may not post in is logged once an hour.
/// </summary>
internal sealed class ModLog(DiscordRestClient rest, ChannelPermissionWarnings warnings, ILogger<ModLog> logger)
{
    private const int MaxLength = 1900;

    /// <summary>The line for one reminder.</summary>
    public static string ReminderLine(ulong channelId, ulong authorId, DetectionVerdict verdict, string deliveredAs, Func<string, bool> isOwnPerson)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var reasons = CueExplanations.FromMask(CueExplanations.Mask(verdict.Reasons));
        var line = string.Create(CultureInfo.InvariantCulture,
            $"🔔 Reminder ({deliveredAs}) in <#{channelId}> · author `{authorId}` · about {PersonOf(verdict, isOwnPerson)} · reasons: {(reasons.Count == 0 ? "speculation about a real person" : string.Join("; ", reasons))}");
        return line.Length <= MaxLength ? line : line[..MaxLength] + "…";
    }

    /// <summary>The line for a "Not speculation" press.</summary>
    public static string NotSpeculationLine(ulong? channelId, ulong presserId, bool isAuthor) =>
        string.Create(CultureInfo.InvariantCulture,
            $"✅ A reminder{(channelId is { } channel ? $" in <#{channel}>" : "")} was marked as not speculation by {(isAuthor ? "its author" : "a moderator")} `{presserId}`; counted as a false positive.");

    /// <summary>Posts a line; true when it was posted.</summary>
    public async Task<bool> PostAsync(ulong guildId, ulong channelId, string line, CancellationToken cancellationToken)
    {
        var result = await rest.CreateMessageAsync(new Snowflake(channelId), OutgoingMessage.FromText(line), cancellationToken).ConfigureAwait(false);
        if (result.IsSuccess)
        {
            return true;
        }

        if (result.Error.IsMissingPermissions)
        {
            if (warnings.ShouldWarn(channelId))
            {
                logger.CannotPostInChannel(channelId, guildId);
            }
        }
        else
        {
            logger.ModLogFailed(guildId, result.Error);
        }

        return false;
    }

    // A person from a pack or the guild's list is named (escaped); anyone else is described, since their "name" is
    // words taken from the message.
    private static string PersonOf(DetectionVerdict verdict, Func<string, bool> isOwnPerson)
    {
        if (verdict.Person is not { } person)
        {
            return "a real person";
        }

        if (person.UserId is { } userId)
        {
            return string.Create(CultureInfo.InvariantCulture, $"member `{userId}`");
        }

        return person.Pack is not null || isOwnPerson(person.Name) ? DisplayText.Escape(person.Name) : "a real person in no list";
    }
}
