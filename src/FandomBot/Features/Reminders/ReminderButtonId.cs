using System.Globalization;

namespace FandomBot.Features.Reminders;

/// <summary>
/// What a reminder's buttons carry back in their custom_id (at most 100 characters), so nothing about the message has
/// to be kept: the reminder's language, the kinds of evidence, the quote, the guild and the author.
/// Forms: <c>rem:why:{lang}:{mask hex}:{quote id}</c> and <c>rem:no:{lang}:{guild id}:{author id}</c>.
/// </summary>
internal static class ReminderButtonId
{
    /// <summary>The prefix the interaction router matches.</summary>
    public const string Prefix = "rem:";

    private const string WhyVerb = "why";
    private const string NotSpeculationVerb = "no";
    private const int MaxLength = 100;

    public static string Why(string language, uint cueMask, string? quoteId)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"{Prefix}{WhyVerb}:{language}:{cueMask:x}:{quoteId}");
        // A quote id too long to fit is left out; the answer then lists the reasons only.
        return id.Length <= MaxLength ? id : string.Create(CultureInfo.InvariantCulture, $"{Prefix}{WhyVerb}:{language}:{cueMask:x}:");
    }

    public static string NotSpeculation(string language, ulong guildId, ulong authorId) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{NotSpeculationVerb}:{language}:{guildId}:{authorId}");

    public static bool TryParseWhy(string? customId, out string language, out uint cueMask, out string? quoteId)
    {
        language = "en";
        cueMask = 0;
        quoteId = null;
        var parts = Split(customId, WhyVerb, 3);
        if (parts is null || !uint.TryParse(parts[1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out cueMask))
        {
            return false;
        }

        language = parts[0];
        quoteId = parts[2].Length == 0 ? null : parts[2];
        return true;
    }

    public static bool TryParseNotSpeculation(string? customId, out string language, out ulong guildId, out ulong authorId)
    {
        language = "en";
        guildId = 0;
        authorId = 0;
        var parts = Split(customId, NotSpeculationVerb, 3);
        if (parts is null
            || !ulong.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out guildId)
            || !ulong.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out authorId))
        {
            return false;
        }

        language = parts[0];
        return true;
    }

    private static string[]? Split(string? customId, string verb, int fields)
    {
        var start = Prefix + verb + ":";
        if (customId is null || !customId.StartsWith(start, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = customId[start.Length..].Split(':', fields);
        return parts.Length == fields ? parts : null;
    }
}
