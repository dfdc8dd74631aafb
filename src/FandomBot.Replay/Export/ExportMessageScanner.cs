using System.Runtime.CompilerServices;
using System.Text.Json;

namespace FandomBot.Replay.Export;

/// <summary>
/// Reads the next message of the <c>messages</c> array straight from the bytes, for the common case: the exporter's
/// own output. Why not <see cref="Utf8JsonReader"/> all the way: on an indented export it spent a third of the replay
/// tokenising what the replay throws away (the author block repeated on every message, avatars, attachments,
/// reactions), keeping line and column counts for every token. Built on <see cref="ExportJsonScanner"/>, which checks
/// the same grammar, this builds the same <see cref="ExportMessage"/> as <see cref="ExportMessageParser"/>. Whenever
/// the bytes are anything but plain (an error, a missing field, an escaped property name, an id written as a number,
/// text that is not UTF-8, the array's end) it gives up with <see cref="ExportScanOutcome.Unusual"/> and leaves the
/// message to the token reader, which reads it or reports exactly what is wrong where: so the scanner decides nothing
/// the token reader would decide differently.
/// </summary>
internal static class ExportMessageScanner
{
    /// <summary>
    /// Reads <c>, { …message… }</c> from the start of <paramref name="data"/> (the reader's position after the previous
    /// message of the array).
    /// </summary>
    /// <param name="data">The unread bytes of the buffer.</param>
    /// <param name="authors">Authors read so far: a known author's block is skipped.</param>
    /// <param name="message">The message, when <see cref="ExportScanOutcome.Parsed"/>.</param>
    /// <param name="consumed">Bytes read, up to and including the message's closing brace.</param>
    /// <param name="lines">Line breaks among those bytes (the token reader counts lines for its error messages).</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ExportScanOutcome ScanNextInArray(ReadOnlySpan<byte> data, ExportAuthorCache authors, out ExportMessage? message, out int consumed, out int lines)
    {
        var json = new ExportJsonScanner(data);
        consumed = 0;
        lines = 0;
        if (!json.Expect((byte)',') || !json.Expect((byte)'{') || !ReadMessage(ref json, authors, out message))
        {
            message = null;
            return json.Failure;
        }

        consumed = json.Position;
        lines = json.Lines;
        return ExportScanOutcome.Parsed;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadMessage(ref ExportJsonScanner json, ExportAuthorCache authors, out ExportMessage? message)
    {
        message = null;
        ulong id = 0;
        var hasId = false;
        var type = "Default";
        DateTimeOffset timestamp = default;
        var hasTimestamp = false;
        DateTimeOffset? editedAt = null;
        string? content = null;
        ExportAuthor? author = null;
        IReadOnlyList<ExportMention> mentions = [];
        ulong? replyTo = null;

        if (!json.FirstMember(out var more))
        {
            return false;
        }

        while (more)
        {
            if (!json.ReadName(out var name))
            {
                return false;
            }

            var read = name.Length switch
            {
                2 when name.SequenceEqual("id"u8) => hasId = json.ReadId(out id),
                4 when name.SequenceEqual("type"u8) => ReadType(ref json, out type),
                6 when name.SequenceEqual("author"u8) => ReadAuthor(ref json, authors, out author),
                7 when name.SequenceEqual("content"u8) => json.ReadOptionalString(out content),
                8 when name.SequenceEqual("mentions"u8) => ReadMentions(ref json, out mentions),
                9 when name.SequenceEqual("timestamp"u8) => hasTimestamp = json.ReadTimestamp(out timestamp),
                9 when name.SequenceEqual("reference"u8) => ReadReference(ref json, out replyTo),
                15 when name.SequenceEqual("timestampEdited"u8) => json.ReadOptionalTimestamp(out editedAt),
                _ => json.SkipValue(),
            };
            if (!read || !json.NextMember(out more))
            {
                return false;
            }
        }

        // A missing field: the token reader names it.
        if (!hasId || !hasTimestamp || author is null)
        {
            return json.Unusual();
        }

        message = new ExportMessage(id, type, timestamp, editedAt, content ?? string.Empty, author, mentions, replyTo);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadAuthor(ref ExportJsonScanner json, ExportAuthorCache authors, out ExportAuthor? author)
    {
        author = null;
        if (!json.Expect((byte)'{') || !json.FirstMember(out var more))
        {
            return false;
        }

        ulong id = 0;
        var hasId = false;
        string? name = null;
        string? nickname = null;
        var isBot = false;
        List<ulong>? roles = null;
        while (more)
        {
            if (!json.ReadName(out var field))
            {
                return false;
            }

            bool read;
            if (field.SequenceEqual("id"u8))
            {
                read = hasId = json.ReadId(out id);

                // The exporter writes the author as of export time, identical on every message: read it once.
                if (read && authors.TryGet(id, out var known))
                {
                    if (!json.SkipRestOfObject())
                    {
                        return false;
                    }

                    author = known;
                    return true;
                }
            }
            else if (field.SequenceEqual("name"u8))
            {
                read = json.ReadOptionalString(out name);
            }
            else if (field.SequenceEqual("nickname"u8))
            {
                read = json.ReadOptionalString(out nickname);
            }
            else if (field.SequenceEqual("isBot"u8))
            {
                read = json.ReadFlag(out isBot);
            }
            else if (field.SequenceEqual("roles"u8))
            {
                read = ReadIdsOfObjects(ref json, out roles);
            }
            else
            {
                read = json.SkipValue();
            }

            if (!read || !json.NextMember(out more))
            {
                return false;
            }
        }

        if (!hasId)
        {
            return json.Unusual();
        }

        author = new ExportAuthor(id, name ?? string.Empty, nickname, isBot, roles is null ? [] : roles.ToArray());
        authors.Add(author);
        return true;
    }

    /// <summary>The mentions; most messages have none, and then no list is allocated.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadMentions(ref ExportJsonScanner json, out IReadOnlyList<ExportMention> mentions)
    {
        mentions = Array.Empty<ExportMention>();
        if (!json.SkipNull(out var isNull))
        {
            return false;
        }

        if (isNull)
        {
            return true;
        }

        if (!json.Expect((byte)'[') || !json.FirstElement(out var more))
        {
            return false;
        }

        List<ExportMention>? list = null;
        while (more)
        {
            if (!json.Expect((byte)'{') || !json.FirstMember(out var moreFields))
            {
                return false;
            }

            ulong id = 0;
            var hasId = false;
            string? name = null;
            string? nickname = null;
            while (moreFields)
            {
                if (!json.ReadName(out var field))
                {
                    return false;
                }

                var read = field.SequenceEqual("id"u8) ? hasId = json.ReadId(out id)
                    : field.SequenceEqual("name"u8) ? json.ReadOptionalString(out name)
                    : field.SequenceEqual("nickname"u8) ? json.ReadOptionalString(out nickname)
                    : json.SkipValue();
                if (!read || !json.NextMember(out moreFields))
                {
                    return false;
                }
            }

            if (hasId)
            {
                (list ??= []).Add(new ExportMention(id, name, nickname));
            }

            if (!json.NextElement(out more))
            {
                return false;
            }
        }

        mentions = list is null ? Array.Empty<ExportMention>() : list;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadReference(ref ExportJsonScanner json, out ulong? messageId)
    {
        messageId = null;
        if (!json.SkipNull(out var isNull))
        {
            return false;
        }

        if (isNull)
        {
            return true;
        }

        if (!json.Expect((byte)'{') || !json.FirstMember(out var more))
        {
            return false;
        }

        while (more)
        {
            if (!json.ReadName(out var field))
            {
                return false;
            }

            bool read;
            if (field.SequenceEqual("messageId"u8))
            {
                read = json.ReadOptionalId(out messageId);
            }
            else
            {
                read = json.SkipValue();
            }

            if (!read || !json.NextMember(out more))
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadIdsOfObjects(ref ExportJsonScanner json, out List<ulong>? ids)
    {
        ids = null;
        if (!json.SkipNull(out var isNull))
        {
            return false;
        }

        if (isNull)
        {
            ids = [];
            return true;
        }

        if (!json.Expect((byte)'[') || !json.FirstElement(out var more))
        {
            return false;
        }

        ids = [];
        while (more)
        {
            if (!json.Expect((byte)'{') || !json.FirstMember(out var moreFields))
            {
                return false;
            }

            while (moreFields)
            {
                if (!json.ReadName(out var field))
                {
                    return false;
                }

                bool read;
                if (field.SequenceEqual("id"u8))
                {
                    read = json.ReadId(out var id);
                    ids.Add(id);
                }
                else
                {
                    read = json.SkipValue();
                }

                if (!read || !json.NextMember(out moreFields))
                {
                    return false;
                }
            }

            if (!json.NextElement(out more))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The message kind: the common ones come back as shared strings.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ReadType(ref ExportJsonScanner json, out string type)
    {
        type = "Default";
        if (!json.ReadString(out var raw, out var escaped))
        {
            return false;
        }

        if (!escaped)
        {
            if (raw.SequenceEqual("Default"u8))
            {
                return true;
            }

            if (raw.SequenceEqual("Reply"u8))
            {
                type = "Reply";
                return true;
            }
        }

        if (!json.Decode(raw, escaped, out var text))
        {
            return false;
        }

        type = text switch
        {
            "Default" => "Default",
            "Reply" => "Reply",
            _ => text,
        };
        return true;
    }
}
