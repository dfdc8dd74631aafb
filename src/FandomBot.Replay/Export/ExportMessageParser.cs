using System.Runtime.CompilerServices;
using System.Text.Json;

namespace FandomBot.Replay.Export;

/// <summary>
/// Reads one message object whose bytes are known to be complete (the stream reader checked with <c>TrySkip</c>).
/// Unknown fields (attachments, embeds, reactions, avatars…) are skipped without being turned into strings.
/// </summary>
internal static class ExportMessageParser
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ExportMessage Parse(ref Utf8JsonReader reader, ExportAuthorCache authors)
    {
        ulong? id = null;
        var type = "Default";
        DateTimeOffset? timestamp = null;
        DateTimeOffset? editedAt = null;
        string? content = null;
        ExportAuthor? author = null;
        IReadOnlyList<ExportMention> mentions = [];
        ulong? replyTo = null;

        while (ExportJson.Next(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                ExportJson.ToValue(ref reader);
                id = ExportJson.ReadId(ref reader, "id");
            }
            else if (reader.ValueTextEquals("type"u8))
            {
                ExportJson.ToValue(ref reader);
                type = ReadType(ref reader);
            }
            else if (reader.ValueTextEquals("timestamp"u8))
            {
                ExportJson.ToValue(ref reader);
                timestamp = ExportJson.ReadTimestamp(ref reader, "timestamp");
            }
            else if (reader.ValueTextEquals("timestampEdited"u8))
            {
                ExportJson.ToValue(ref reader);
                editedAt = reader.TokenType == JsonTokenType.Null ? null : ExportJson.ReadTimestamp(ref reader, "timestampEdited");
            }
            else if (reader.ValueTextEquals("content"u8))
            {
                ExportJson.ToValue(ref reader);
                content = ExportJson.ReadOptionalString(ref reader, "content") ?? string.Empty;
            }
            else if (reader.ValueTextEquals("author"u8))
            {
                ExportJson.ToValue(ref reader);
                author = ReadAuthor(ref reader, authors);
            }
            else if (reader.ValueTextEquals("mentions"u8))
            {
                ExportJson.ToValue(ref reader);
                mentions = ReadMentions(ref reader);
            }
            else if (reader.ValueTextEquals("reference"u8))
            {
                ExportJson.ToValue(ref reader);
                replyTo = ReadReference(ref reader);
            }
            else
            {
                ExportJson.ToValue(ref reader);
                ExportJson.SkipValue(ref reader);
            }
        }

        return new ExportMessage(
            id ?? throw new FormatException("a message has no 'id'"),
            type,
            timestamp ?? throw new FormatException("a message has no 'timestamp'"),
            editedAt,
            content ?? string.Empty,
            author ?? throw new FormatException("a message has no 'author'"),
            mentions,
            replyTo);
    }

    /// <summary>The common kinds come back as shared strings: one allocation fewer per message.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string ReadType(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new FormatException("'type' must be a string");
        }

        if (reader.ValueTextEquals("Default"u8))
        {
            return "Default";
        }

        return reader.ValueTextEquals("Reply"u8) ? "Reply" : reader.GetString()!;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ExportAuthor ReadAuthor(ref Utf8JsonReader reader, ExportAuthorCache authors)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new FormatException("'author' must be an object");
        }

        ulong? id = null;
        string? name = null;
        string? nickname = null;
        var isBot = false;
        List<ulong>? roles = null;
        while (ExportJson.Next(ref reader) == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                ExportJson.ToValue(ref reader);
                id = ExportJson.ReadId(ref reader, "author.id");

                // The exporter writes the author as of export time, identical on every message: read it once.
                if (authors.TryGet(id.Value, out var known))
                {
                    SkipRestOfObject(ref reader);
                    return known;
                }
            }
            else if (reader.ValueTextEquals("name"u8))
            {
                ExportJson.ToValue(ref reader);
                name = ExportJson.ReadOptionalString(ref reader, "author.name");
            }
            else if (reader.ValueTextEquals("nickname"u8))
            {
                ExportJson.ToValue(ref reader);
                nickname = ExportJson.ReadOptionalString(ref reader, "author.nickname");
            }
            else if (reader.ValueTextEquals("isBot"u8))
            {
                ExportJson.ToValue(ref reader);
                isBot = reader.TokenType == JsonTokenType.True;
            }
            else if (reader.ValueTextEquals("roles"u8))
            {
                ExportJson.ToValue(ref reader);
                roles = ReadIdsOfObjects(ref reader, "author.roles");
            }
            else
            {
                ExportJson.ToValue(ref reader);
                ExportJson.SkipValue(ref reader);
            }
        }

        var author = new ExportAuthor(
            id ?? throw new FormatException("an author has no 'id'"),
            name ?? string.Empty,
            nickname,
            isBot,
            roles is null ? [] : roles.ToArray());
        authors.Add(author);
        return author;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    /// <summary>The mentions; most messages have none, and then no list is allocated.</summary>
    private static IReadOnlyList<ExportMention> ReadMentions(ref Utf8JsonReader reader)
    {
        List<ExportMention>? mentions = null;
        if (reader.TokenType == JsonTokenType.Null)
        {
            return Array.Empty<ExportMention>();
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new FormatException("'mentions' must be an array");
        }

        while (ExportJson.Next(ref reader) == JsonTokenType.StartObject)
        {
            ulong? id = null;
            string? name = null;
            string? nickname = null;
            while (ExportJson.Next(ref reader) == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    ExportJson.ToValue(ref reader);
                    id = ExportJson.ReadId(ref reader, "mentions.id");
                }
                else if (reader.ValueTextEquals("name"u8))
                {
                    ExportJson.ToValue(ref reader);
                    name = ExportJson.ReadOptionalString(ref reader, "mentions.name");
                }
                else if (reader.ValueTextEquals("nickname"u8))
                {
                    ExportJson.ToValue(ref reader);
                    nickname = ExportJson.ReadOptionalString(ref reader, "mentions.nickname");
                }
                else
                {
                    ExportJson.ToValue(ref reader);
                    ExportJson.SkipValue(ref reader);
                }
            }

            if (id is { } mentioned)
            {
                (mentions ??= []).Add(new ExportMention(mentioned, name, nickname));
            }
        }

        return mentions is null ? Array.Empty<ExportMention>() : mentions;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong? ReadReference(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new FormatException("'reference' must be an object");
        }

        ulong? messageId = null;
        while (ExportJson.Next(ref reader) == JsonTokenType.PropertyName)
        {
            var isMessageId = reader.ValueTextEquals("messageId"u8);
            ExportJson.ToValue(ref reader);
            if (isMessageId)
            {
                messageId = ExportJson.ReadOptionalId(ref reader, "reference.messageId");
            }
            else
            {
                ExportJson.SkipValue(ref reader);
            }
        }

        return messageId;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<ulong> ReadIdsOfObjects(ref Utf8JsonReader reader, string field)
    {
        var ids = new List<ulong>();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return ids;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new FormatException($"'{field}' must be an array");
        }

        while (ExportJson.Next(ref reader) == JsonTokenType.StartObject)
        {
            while (ExportJson.Next(ref reader) == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("id"u8);
                ExportJson.ToValue(ref reader);
                if (isId)
                {
                    ids.Add(ExportJson.ReadId(ref reader, field + ".id"));
                }
                else
                {
                    ExportJson.SkipValue(ref reader);
                }
            }
        }

        return ids;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SkipRestOfObject(ref Utf8JsonReader reader)
    {
        while (ExportJson.Next(ref reader) == JsonTokenType.PropertyName)
        {
            ExportJson.ToValue(ref reader);
            ExportJson.SkipValue(ref reader);
        }
    }
}
