using System.Globalization;
using FandomBot.Replay.Export;

namespace FandomBot.Replay;

/// <summary>
/// The exporter writes a mention into the text as <c>@nickname</c>; the live bot receives it as <c>&lt;@id&gt;</c> and
/// the detector treats a mentioned member as a real person. Turning the names back keeps the replay faithful.
/// </summary>
internal static class MentionText
{
    /// <summary>The text as the bot would have received it.</summary>
    public static string AsBotSees(string content, IReadOnlyList<ExportMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(mentions);
        if (mentions.Count == 0 || !content.Contains('@', StringComparison.Ordinal))
        {
            return content;
        }

        // Longest names first, so "@Sam" does not eat the start of "@Samantha".
        var names = mentions
            .SelectMany(m => new[] { m.Nickname, m.Name }.Where(n => !string.IsNullOrEmpty(n)).Select(n => (Name: n!, m.Id)))
            .OrderByDescending(n => n.Name.Length);
        var text = content;
        foreach (var (name, id) in names)
        {
            text = text.Replace("@" + name, string.Create(CultureInfo.InvariantCulture, $"<@{id}>"), StringComparison.Ordinal);
        }

        return text;
    }
}
