using System.Globalization;
using System.Text.Json;
using FandomBot.Core.DataFiles;
using FandomBot.Core.Reminders;

namespace FandomBot.Replay;

/// <summary>
/// Reads <c>--settings FILE</c>: a guild's settings in the stored settings' shape (field names as the store's
/// <c>GuildSettings</c>, camelCase), every field optional:
/// <code>
/// {
///   "remindersEnabled": true,
///   "scope": "listed",                       // "all" or "listed"
///   "listedChannelIds": ["1100000000000000001"],
///   "delivery": "reply",                     // "reply", "directMessage" or "logOnly"
///   "cooldownMinutes": 10,                   // 0 to 1440
///   "modLogChannelId": "1100000000000000009",
///   "exemptRoleIds": ["1200000000000000001"],
///   "disabledPackIds": ["bts"]
/// }
/// </code>
/// Ids may be strings (as Discord writes them) or numbers. An unknown field is an error, so a typo is not ignored.
/// </summary>
internal static class ReplaySettingsFile
{
    /// <summary>The longest cooldown the store accepts (one day).</summary>
    public const int MaxCooldownMinutes = 1440;

    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static ReplaySettings Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DataFileException($"{path}: cannot read the settings file: {ex.Message}", ex);
        }

        return Parse(bytes, path);
    }

    public static ReplaySettings Parse(ReadOnlyMemory<byte> utf8Json, string fileName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw DataFileException.Malformed(fileName, ex.LineNumber, ex.BytePositionInLine, "not valid JSON", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw DataFileException.InvalidRecord(fileName, null, null, "the settings must be a JSON object");
            }

            var settings = ReminderSettings.Default;
            var disabled = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in root.EnumerateObject())
            {
                var value = property.Value;
                settings = property.Name switch
                {
                    "remindersEnabled" => settings with { Enabled = Bool(value, fileName, property.Name) },
                    "scope" => settings with { Scope = Scope(value, fileName) },
                    "listedChannelIds" => settings with { ListedChannels = Ids(value, fileName, property.Name) },
                    "delivery" => settings with { Delivery = Delivery(value, fileName) },
                    "cooldownMinutes" => settings with { Cooldown = TimeSpan.FromMinutes(Cooldown(value, fileName)) },
                    "modLogChannelId" => settings with { LogChannel = value.ValueKind == JsonValueKind.Null ? null : Id(value, fileName, property.Name) },
                    "exemptRoleIds" => settings with { ExemptRoles = Ids(value, fileName, property.Name) },
                    "disabledPackIds" => AddPacks(settings, value, disabled, fileName),
                    _ => throw DataFileException.InvalidRecord(fileName, null, property.Name,
                        "unknown setting (known: remindersEnabled, scope, listedChannelIds, delivery, cooldownMinutes, modLogChannelId, exemptRoleIds, disabledPackIds)"),
                };
            }

            return new ReplaySettings(settings, disabled, fileName);
        }
    }

    private static ReminderSettings AddPacks(ReminderSettings settings, JsonElement value, HashSet<string> disabled, string fileName)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw DataFileException.InvalidRecord(fileName, null, "disabledPackIds", "must be an array of pack names");
        }

        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                throw DataFileException.InvalidRecord(fileName, null, "disabledPackIds", "must hold pack names (strings)");
            }

            disabled.Add(item.GetString()!.Trim());
        }

        return settings;
    }

    private static bool Bool(JsonElement value, string fileName, string field) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw DataFileException.InvalidRecord(fileName, null, field, "must be true or false"),
    };

    private static ReminderScope Scope(JsonElement value, string fileName) => value.ValueKind == JsonValueKind.String
        ? value.GetString()!.ToUpperInvariant() switch
        {
            "ALL" => ReminderScope.All,
            "LISTED" => ReminderScope.Listed,
            _ => throw DataFileException.InvalidRecord(fileName, null, "scope", "must be \"all\" or \"listed\""),
        }
        : throw DataFileException.InvalidRecord(fileName, null, "scope", "must be \"all\" or \"listed\"");

    private static ReminderDelivery Delivery(JsonElement value, string fileName) => value.ValueKind == JsonValueKind.String
        ? value.GetString()!.Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant() switch
        {
            "REPLY" => ReminderDelivery.Reply,
            "DIRECTMESSAGE" or "DM" => ReminderDelivery.DirectMessage,
            "LOGONLY" => ReminderDelivery.LogOnly,
            _ => throw DataFileException.InvalidRecord(fileName, null, "delivery", "must be \"reply\", \"directMessage\" or \"logOnly\""),
        }
        : throw DataFileException.InvalidRecord(fileName, null, "delivery", "must be \"reply\", \"directMessage\" or \"logOnly\"");

    private static int Cooldown(JsonElement value, string fileName) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var minutes) && minutes is >= 0 and <= MaxCooldownMinutes
            ? minutes
            : throw DataFileException.InvalidRecord(fileName, null, "cooldownMinutes", $"must be a whole number of minutes from 0 to {MaxCooldownMinutes}");

    private static HashSet<ulong> Ids(JsonElement value, string fileName, string field)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw DataFileException.InvalidRecord(fileName, null, field, "must be an array of ids");
        }

        return [.. value.EnumerateArray().Select(item => Id(item, fileName, field))];
    }

    private static ulong Id(JsonElement value, string fileName, string field)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetUInt64(out var number) && number > 0)
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String
            && ulong.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0)
        {
            return parsed;
        }

        throw DataFileException.InvalidRecord(fileName, null, field, "must hold Discord ids (strings of digits)");
    }
}
