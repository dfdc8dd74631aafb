using System.Text.Json;

namespace FandomBot.Replay.Export;

/// <summary>Reads the export's <c>guild</c> and <c>channel</c> objects (complete in the buffer when called).</summary>
internal static class ExportHeaderParser
{
    public static (ulong Id, string Name) ReadGuild(ref Utf8JsonReader reader)
    {
        RequireObject(ref reader, "guild");
        ulong id = 0;
        var name = string.Empty;
        while (ExportJson.Next(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                ExportJson.ToValue(ref reader);
                id = ExportJson.ReadId(ref reader, "guild.id");
            }
            else if (reader.ValueTextEquals("name"u8))
            {
                ExportJson.ToValue(ref reader);
                name = ExportJson.ReadOptionalString(ref reader, "guild.name") ?? string.Empty;
            }
            else
            {
                ExportJson.ToValue(ref reader);
                ExportJson.SkipValue(ref reader);
            }
        }

        return (id, name);
    }

    public static ExportChannel ReadChannel(ref Utf8JsonReader reader, ulong guildId, string guildName)
    {
        RequireObject(ref reader, "channel");
        ulong? id = null;
        var name = string.Empty;
        var type = "GuildTextChat";
        ulong? categoryId = null;
        while (ExportJson.Next(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                ExportJson.ToValue(ref reader);
                id = ExportJson.ReadId(ref reader, "channel.id");
            }
            else if (reader.ValueTextEquals("name"u8))
            {
                ExportJson.ToValue(ref reader);
                name = ExportJson.ReadOptionalString(ref reader, "channel.name") ?? string.Empty;
            }
            else if (reader.ValueTextEquals("type"u8))
            {
                ExportJson.ToValue(ref reader);
                type = ExportJson.ReadOptionalString(ref reader, "channel.type") ?? type;
            }
            else if (reader.ValueTextEquals("categoryId"u8))
            {
                ExportJson.ToValue(ref reader);
                categoryId = ExportJson.ReadOptionalId(ref reader, "channel.categoryId");
            }
            else
            {
                ExportJson.ToValue(ref reader);
                ExportJson.SkipValue(ref reader);
            }
        }

        var channelId = id ?? throw new FormatException("'channel' has no 'id'");
        var isThread = type.Contains("Thread", StringComparison.Ordinal);

        // For a thread the exporter puts the parent channel in categoryId; for a channel it is a real category,
        // which the channel scope does not use.
        return new ExportChannel(guildId, guildName, channelId, name, type, isThread ? categoryId : null);
    }

    private static void RequireObject(ref Utf8JsonReader reader, string field)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new FormatException($"'{field}' must be an object");
        }
    }
}
